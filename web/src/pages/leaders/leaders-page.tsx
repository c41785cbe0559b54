import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, errorText } from '../../api/client.js';
import type { Leader, Subject } from '../../api/types.js';
import { canEdit, useSigned } from '../../auth.js';
import { defaultMonth } from '../../month-memory.js';
import { POOL_NAMES, RANK_NAMES } from '../../labels.js';
import { linkClick } from '../../router.js';
import { Alert, Loading, Note } from '../../ui/common.js';
import { CheckboxField, NamedButton } from '../../ui/form.js';
import { AbsenceDialog } from './absence-dialog.js';
import { SendFeedLinkButton } from './send-feed-link.js';
import { LeaderDialog } from './leader-dialog.js';
import { UnitSettingsForm } from './unit-settings.js';
import { DataTable } from '../../ui/table.js';

/** 领导: titles, portfolios, quotas and rotation pools; links to each leader's availability. */
export function LeadersPage() {
  const { me, unit } = useSigned();
  const editor = canEdit(me.role);
  const [leaders, setLeaders] = useState<Leader[] | null>(null);
  const [subjects, setSubjects] = useState<Subject[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Leader | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [showInactive, setShowInactive] = useState(false);
  const [absence, setAbsence] = useState<string[] | null>(null);

  const load = () =>
    Promise.all([
      api<Leader[]>(`/leaders?unitId=${unit.id}&includeInactive=true`),
      api<Subject[]>('/subjects'),
    ])
      .then(([ls, ss]) => {
        setLeaders(ls.sort((a, b) => a.protocolOrder - b.protocolOrder));
        setSubjects(ss);
      })
      .catch((err: unknown) => setError(errorText(err)));

  useEffect(() => {
    void load();
  }, [unit.id]);

  const subjectNames = useMemo(() => new Map(subjects.map((s) => [s.code, s.name])), [subjects]);
  const month = defaultMonth();
  const shown = (leaders ?? []).filter((l) => showInactive || l.active);

  return (
    <section class="page" aria-labelledby="page-title">
      <div class="page-head">
        <h1 id="page-title">领导</h1>
        {editor && (
          <button type="button" class="primary" onClick={() => setAbsence([])}>
            登记外出/请假…
          </button>
        )}
        <CheckboxField
          label="显示已离任"
          checked={showInactive}
          onChange={(e) => setShowInactive(e.currentTarget.checked)}
        />
      </div>
      {error && <Alert kind="error">{error}</Alert>}
      <Note text={saved} onDismiss={() => setSaved(null)} />
      {!leaders && !error && <Loading />}
      {leaders && (
        <DataTable
          class="leaders-table"
          columns={[
            '排序',
            '姓名',
            '职务',
            '级别',
            '轮值序列',
            '分管领域',
            '每月坐班',
            '每季度',
            '接访地点',
            '操作',
          ]}
        >
          {shown.map((l) => (
            <LeaderRow
              key={l.id}
              leader={l}
              editor={editor}
              portfolio={l.portfolioSubjects.map((c) => subjectNames.get(c) ?? c).join('、')}
              month={month}
              onFeedLink={(text, ok) => (ok ? setSaved(text) : setError(text))}
              onAbsence={() => setAbsence([l.id])}
              onEdit={() => setEditing(l)}
            />
          ))}
        </DataTable>
      )}
      {editor && <UnitSettingsForm unit={unit} />}
      {absence && leaders && (
        <AbsenceDialog
          unitId={unit.id}
          leaders={leaders}
          initial={absence}
          defaultFrom={`${month}-01`}
          onClose={() => setAbsence(null)}
          onSaved={(text) => {
            setAbsence(null);
            setSaved(text);
          }}
        />
      )}
      {editing && (
        <LeaderDialog
          leader={editing}
          unitVenue={unit.receptionVenue}
          subjects={subjects}
          onClose={() => setEditing(null)}
          onSaved={(l) => {
            setEditing(null);
            setSaved(`已保存 ${l.name} 的信息。`);
            setLeaders((ls) => ls && ls.map((x) => (x.id === l.id ? l : x)));
          }}
        />
      )}
    </section>
  );
}

function quarterText(l: Leader): string {
  const min = l.minSessionsPerQuarter;
  const max = l.maxSessionsPerQuarter;
  if (min === null && max === null) return '不限';
  if (min === null) return `最多 ${max} 次`;
  if (max === null) return `至少 ${min} 次`;
  return `${min}–${max} 次`;
}

/** One leader's line: who, what they cover, their quotas, and what an editor may do. */
function LeaderRow(props: {
  leader: Leader;
  editor: boolean;
  /** The subjects they cover, named. */
  portfolio: string;
  month: string;
  onFeedLink: (text: string, ok: boolean) => void;
  onAbsence: () => void;
  onEdit: () => void;
}) {
  const l = props.leader;
  return (
    <tr class={l.active ? '' : 'inactive'}>
      <td>{l.protocolOrder}</td>
      <th scope="row">
        {l.name}
        {l.active ? '' : '（已离任）'}
      </th>
      <td>{l.title}</td>
      <td>{RANK_NAMES[l.rank]}</td>
      <td>{POOL_NAMES[l.rotationPool]}</td>
      <td class="portfolio">
        {l.portfolioText}
        {props.portfolio && <div class="muted small">{props.portfolio}</div>}
      </td>
      <td>
        {l.minSessionsPerMonth}–{l.maxSessionsPerMonth} 次
      </td>
      <td>{quarterText(l)}</td>
      <td>
        {l.venue ?? '本单位接访场所'}
        {!l.publicReception && <div class="muted small">不公开</div>}
      </td>
      <td class="row-actions">
        <a
          href={`/leaders/${l.id}/availability?month=${props.month}`}
          onClick={(e) => linkClick(e, `/leaders/${l.id}/availability?month=${props.month}`)}
          aria-label={`${l.name}的时间安排`}
        >
          时间安排
        </a>
        {props.editor && l.active && <SendFeedLinkButton leader={l} onDone={props.onFeedLink} />}
        {props.editor && l.active && (
          <NamedButton
            class="link-button"
            name={`登记 ${l.name} 外出/请假`}
            onClick={props.onAbsence}
          >
            外出/请假
          </NamedButton>
        )}
        {props.editor && (
          <NamedButton class="link-button" name={`编辑 ${l.name}`} onClick={props.onEdit}>
            编辑
          </NamedButton>
        )}
      </td>
    </tr>
  );
}
