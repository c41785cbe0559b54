import { useEffect, useState } from 'preact/hooks';
import { api, errorText } from '../../api/client.js';
import type {
  CasePage,
  CaseStatus,
  Department,
  Leader,
  PetitionerView,
  PriorityCase,
  Subject,
} from '../../api/types.js';
import { shortDate } from '../../labels.js';
import { Alert, Loading, Pager } from '../../ui/common.js';
import { CaseEditDialog, CloseCaseDialog } from './case-dialogs.js';
import { CASE_STATUS_NAMES, RISK_NAMES, ROUTING_NAMES, SUBMITTER_NAMES } from './case-labels.js';

const PAGE_SIZE = 50;

interface Props {
  /** Changes whenever cases may have changed (import, matching, a decision). */
  refresh: number;
  /** 信访局, 政法委 and administrators may ask for full personal data (the read is audited). */
  canReveal: boolean;
  /** The same roles edit and close cases (the service allows them only). */
  canEdit: boolean;
  leaders: Leader[];
  subjects: Subject[];
  departments: Department[];
  /** Called after an edit or a closure: appointments may have changed too. */
  onChanged: () => void;
}

type Open = { kind: 'edit' | 'close'; priorityCase: PriorityCase } | null;

function petitionerText(p: PetitionerView): string {
  return [p.name, p.phone, p.idNumber].filter(Boolean).join(' · ');
}

/** The unit's priority cases, personal data masked unless explicitly revealed. */
export function CaseTable({
  refresh,
  canReveal,
  canEdit,
  leaders,
  subjects,
  departments,
  onChanged,
}: Props) {
  // One label everywhere: the current taxonomy's; an older imported label only as a note.
  const subjectName = (code: string) => subjects.find((x) => x.code === code)?.name;
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const [reveal, setReveal] = useState(false);
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<CasePage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [open, setOpen] = useState<Open>(null);

  useEffect(() => {
    setError(null);
    const q = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(offset) });
    if (status) q.set('status', status);
    if (reveal) q.set('reveal', 'true');
    api<CasePage>(`/priority-cases?${q}`)
      .then(setPage)
      .catch((err: unknown) => setError(errorText(err)));
  }, [refresh, status, reveal, offset]);

  const items: PriorityCase[] = page?.items ?? [];
  return (
    <section class="panel" aria-labelledby="cases-title">
      <h2 id="cases-title">案件</h2>
      <div class="toolbar">
        <label class="field inline">
          <span>状态</span>
          <select
            value={status}
            onChange={(e) => {
              setStatus(e.currentTarget.value as CaseStatus | '');
              setOffset(0);
            }}
          >
            <option value="">全部</option>
            {(Object.keys(CASE_STATUS_NAMES) as CaseStatus[]).map((s) => (
              <option key={s} value={s}>
                {CASE_STATUS_NAMES[s]}
              </option>
            ))}
          </select>
        </label>
        {canReveal && (
          <label class="field inline">
            <input
              type="checkbox"
              checked={reveal}
              onChange={(e) => setReveal(e.currentTarget.checked)}
            />
            <span>显示完整的信访人信息（每次查看记入审计日志）</span>
          </label>
        )}
      </div>
      {message && (
        <Alert kind="success" onDismiss={() => setMessage(null)}>
          {message}
        </Alert>
      )}
      {error && <Alert kind="error">{error}</Alert>}
      {!page && !error && <Loading />}
      {page && items.length === 0 && <p>没有符合条件的案件。</p>}
      {page && items.length > 0 && (
        <>
          <div class="table-scroll">
            <table class="data-table case-table">
              <thead>
                <tr>
                  <th scope="col">案件编号</th>
                  <th scope="col">提交单位</th>
                  <th scope="col">分类</th>
                  <th scope="col">风险</th>
                  <th scope="col">人数</th>
                  <th scope="col">信访人{reveal ? '' : '（已隐去部分信息）'}</th>
                  <th scope="col">约访截止</th>
                  <th scope="col">状态</th>
                  <th scope="col">说明</th>
                  {canEdit && <th scope="col">操作</th>}
                </tr>
              </thead>
              <tbody>
                {items.map((c) => (
                  <tr key={c.id} data-case={c.reference}>
                    <th scope="row">{c.reference}</th>
                    <td>{SUBMITTER_NAMES[c.submittedBy] ?? c.submittedBy}</td>
                    <td>
                      {subjectName(c.subjectCode) ?? c.subjectLabel}
                      {subjectName(c.subjectCode) &&
                        subjectName(c.subjectCode) !== c.subjectLabel && (
                          <div class="muted small">导入时填写：{c.subjectLabel}</div>
                        )}
                    </td>
                    <td>
                      <span class={`risk risk-${c.risk}`}>{RISK_NAMES[c.risk] ?? c.risk}</span>
                    </td>
                    <td>{c.groupSize}</td>
                    <td>
                      {c.petitioners.length === 0
                        ? '—'
                        : c.petitioners.map((p) => <div key={p.position}>{petitionerText(p)}</div>)}
                    </td>
                    <td>{c.receiveBefore ? `${shortDate(c.receiveBefore)}前` : '—'}</td>
                    <td>{CASE_STATUS_NAMES[c.status] ?? c.status}</td>
                    <td>
                      {c.routing !== 'public' && <div>{ROUTING_NAMES[c.routing]}</div>}
                      {c.matchNote && c.status === 'pending' && (
                        <div class="count-warning">
                          {c.matchNote.month} 未能匹配：{c.matchNote.message}
                        </div>
                      )}
                      {c.closedReason && <div class="muted small">办结：{c.closedReason}</div>}
                    </td>
                    {canEdit && (
                      <td>
                        {c.status !== 'closed' && (
                          <div class="row-actions">
                            <button
                              type="button"
                              aria-label={`修改案件 ${c.reference}`}
                              onClick={() => setOpen({ kind: 'edit', priorityCase: c })}
                            >
                              修改…
                            </button>
                            <button
                              type="button"
                              aria-label={`办结案件 ${c.reference}`}
                              onClick={() => setOpen({ kind: 'close', priorityCase: c })}
                            >
                              办结…
                            </button>
                          </div>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            offset={offset}
            shown={items.length}
            total={page.total}
            pageSize={PAGE_SIZE}
            unit="件"
            onOffset={setOffset}
          />
        </>
      )}
      {open &&
        (() => {
          const done = (text: string) => {
            setOpen(null);
            setMessage(text);
            onChanged();
          };
          return open.kind === 'edit' ? (
            <CaseEditDialog
              priorityCase={open.priorityCase}
              leaders={leaders}
              subjects={subjects}
              departments={departments}
              onClose={() => setOpen(null)}
              onDone={done}
            />
          ) : (
            <CloseCaseDialog
              priorityCase={open.priorityCase}
              onClose={() => setOpen(null)}
              onDone={done}
            />
          );
        })()}
    </section>
  );
}
