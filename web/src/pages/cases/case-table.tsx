import { useState } from 'preact/hooks';
import type { CaseStatus, Department, Leader, PriorityCase, Subject } from '../../api/types.js';
import { shortDate } from '../../labels.js';
import { Note, Panel } from '../../ui/common.js';
import { NamedButton, NameOptions, SelectField } from '../../ui/form.js';
import { PagedTable } from '../../ui/table.js';
import { usePagedList } from '../../ui/use-paged-list.js';
import { CaseEditDialog, CloseCaseDialog } from './case-dialogs.js';
import { CASE_STATUS_NAMES, caseSubject, ROUTING_NAMES, SUBMITTER_NAMES } from './case-labels.js';
import { personText } from './case-form.js';
import { RiskBadge } from './risk-badge.js';

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
type Kind = NonNullable<Open>['kind'];

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
  const list = usePagedList<PriorityCase, { status: CaseStatus | ''; reveal: boolean }>({
    path: '/priority-cases',
    initial: { status: '', reveal: false },
    pageSize: PAGE_SIZE,
    deps: [refresh],
  });
  const { status, reveal } = list.filters;
  const [message, setMessage] = useState<string | null>(null);
  const [open, setOpen] = useState<Open>(null);

  return (
    <Panel id="cases-title" title="案件">
      <div class="toolbar">
        <SelectField
          label="状态"
          class="inline"
          value={status}
          onChange={(e) => list.filter({ status: e.currentTarget.value as CaseStatus | '' })}
        >
          <NameOptions names={CASE_STATUS_NAMES} blank="全部" />
        </SelectField>
        {canReveal && (
          <label class="field inline">
            <input
              type="checkbox"
              checked={reveal}
              onChange={(e) => list.filter({ reveal: e.currentTarget.checked }, true)}
            />
            <span>显示完整的信访人信息（每次查看记入审计日志）</span>
          </label>
        )}
      </div>
      <Note text={message} onDismiss={() => setMessage(null)} />
      <PagedTable
        list={list}
        empty="没有符合条件的案件。"
        class="case-table"
        columns={[
          '案件编号',
          '提交单位',
          '分类',
          '风险',
          '人数',
          `信访人${reveal ? '' : '（已隐去部分信息）'}`,
          '约访截止',
          '状态',
          '说明',
          canEdit && '操作',
        ]}
        row={(c) => (
          <CaseRow
            key={c.id}
            c={c}
            subjects={subjects}
            canEdit={canEdit}
            onOpen={(kind) => setOpen({ kind, priorityCase: c })}
          />
        )}
        pageSize={PAGE_SIZE}
        unit="件"
      />
      {open && (
        <CaseDialog
          open={open}
          leaders={leaders}
          subjects={subjects}
          departments={departments}
          onClose={() => setOpen(null)}
          onDone={(text) => {
            setOpen(null);
            setMessage(text);
            onChanged();
          }}
        />
      )}
    </Panel>
  );
}

/** A case's row: who submitted it, what it is about, who asks, by when, and what became of it. */
function CaseRow(props: {
  c: PriorityCase;
  subjects: Subject[];
  canEdit: boolean;
  onOpen: (kind: Kind) => void;
}) {
  const { c } = props;
  const subject = caseSubject(props.subjects, c.subjectCode, c.subjectLabel);
  return (
    <tr data-case={c.reference}>
      <th scope="row">{c.reference}</th>
      <td>{SUBMITTER_NAMES[c.submittedBy] ?? c.submittedBy}</td>
      <td>
        {subject.name}
        {subject.importedNote && <div class="muted small">导入时填写：{subject.importedNote}</div>}
      </td>
      <td>
        <RiskBadge risk={c.risk} />
      </td>
      <td>{c.groupSize}</td>
      <td>
        {c.petitioners.length === 0
          ? '—'
          : c.petitioners.map((p) => <div key={p.position}>{personText(p)}</div>)}
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
      {props.canEdit && (
        <td>
          {c.status !== 'closed' && (
            <div class="row-actions">
              <NamedButton name={`修改案件 ${c.reference}`} onClick={() => props.onOpen('edit')}>
                修改…
              </NamedButton>
              <NamedButton name={`办结案件 ${c.reference}`} onClick={() => props.onOpen('close')}>
                办结…
              </NamedButton>
            </div>
          )}
        </td>
      )}
    </tr>
  );
}

/** The dialog a row opened: the case's edit, or its closure. */
function CaseDialog(props: {
  open: NonNullable<Open>;
  leaders: Leader[];
  subjects: Subject[];
  departments: Department[];
  onClose: () => void;
  onDone: (text: string) => void;
}) {
  const { open, onClose, onDone } = props;
  return open.kind === 'edit' ? (
    <CaseEditDialog
      priorityCase={open.priorityCase}
      leaders={props.leaders}
      subjects={props.subjects}
      departments={props.departments}
      onClose={onClose}
      onDone={onDone}
    />
  ) : (
    <CloseCaseDialog priorityCase={open.priorityCase} onClose={onClose} onDone={onDone} />
  );
}
