import { useState } from 'preact/hooks';
import type { DutyRecord, WalkIn } from '../../api/types.js';
import { useSigned } from '../../auth.js';
import { today } from '../../dates.js';
import { navigate } from '../../router.js';
import { Alert, Loading, Note } from '../../ui/common.js';
import { InputField, NamedButton } from '../../ui/form.js';
import { DataTable } from '../../ui/table.js';
import { AttendanceRow } from './attendance-row.js';
import { receivingSessions, sittingLeaders, type HallSession } from './hall-day.js';
import { OUTCOME_NAMES, SATISFACTION_NAMES, SESSION_NAMES, WALK_IN_STATUS } from './hall-types.js';
import { useHallDay } from './use-hall-day.js';
import { WalkInForm } from './walk-in-form.js';
import { WalkInStep } from './walk-in-steps.js';

type Modal =
  | { kind: 'register'; session: HallSession }
  | { kind: 'close' | 'follow-up'; walkIn: WalkIn }
  | null;

/** 接待登记: the day's duties (到岗 / 代班 / 缺席) and walk-in receptions (首接首办). */
export function HallPage({ query }: { query: URLSearchParams }) {
  const { unit, me } = useSigned();
  const date = query.get('date') ?? today();
  const canRecord = me.role === 'admin' || me.role === 'petition';
  const day = useHallDay(unit.id, date);
  const { duties, error } = day;
  const [modal, setModal] = useState<Modal>(null);
  const [message, setMessage] = useState<string | null>(null);
  const done = (text: string) => {
    setModal(null);
    setMessage(text);
    day.reload();
  };

  return (
    <section class="page" aria-labelledby="page-title">
      <div class="page-head">
        <h1 id="page-title">接待登记</h1>
      </div>
      <div class="toolbar" role="group" aria-label="日期">
        <InputField
          label="日期"
          type="date"
          value={date}
          onChange={(e) => navigate(`/hall?date=${e.currentTarget.value}`)}
        />
      </div>
      <Note text={message} onDismiss={() => setMessage(null)} />
      {error && <Alert kind="error">{error}</Alert>}
      {!duties && !error && <Loading />}
      {duties && (
        <>
          <h2>坐班到岗</h2>
          {duties.length === 0 ? (
            <p>这一天没有已发布的坐班。</p>
          ) : (
            <DataTable columns={['场次', '计划领导', '到岗情况', '登记']}>
              {duties.map((d) => (
                <AttendanceRow
                  key={`${d.session}|${d.plannedLeaderId}`}
                  unitId={unit.id}
                  duty={d}
                  leaders={day.leaders}
                  canRecord={canRecord}
                  onSaved={() => done(attendanceSaved(d))}
                />
              ))}
            </DataTable>
          )}
          <h2>来访接待</h2>
          {canRecord && (
            <div class="actions">
              {receivingSessions(duties).map((s) => (
                <button
                  key={s}
                  type="button"
                  class="primary"
                  onClick={() => setModal({ kind: 'register', session: s })}
                >
                  登记{SESSION_NAMES[s]}来访
                </button>
              ))}
            </div>
          )}
          {day.walkIns.length === 0 ? (
            <p>这一天还没有来访登记。</p>
          ) : (
            <WalkInTable walkIns={day.walkIns} canRecord={canRecord} onStep={setModal} />
          )}
        </>
      )}
      {modal?.kind === 'register' && (
        <WalkInForm
          unitId={unit.id}
          date={date}
          session={modal.session}
          leaders={sittingLeaders(duties ?? [], modal.session)}
          subjects={day.subjects}
          departments={day.departments}
          onClose={() => setModal(null)}
          onSaved={(reference) => done(`已登记来访 ${reference}。`)}
        />
      )}
      {(modal?.kind === 'close' || modal?.kind === 'follow-up') && (
        <WalkInStep
          walkIn={modal.walkIn}
          step={modal.kind}
          onClose={() => setModal(null)}
          onSaved={done}
        />
      )}
    </section>
  );
}

const attendanceSaved = (d: DutyRecord) =>
  `已登记 ${SESSION_NAMES[d.session]} ${d.plannedLeaderName} 的到岗情况。`;

/** The day's walk-ins, each with its next step (办结, then 回访) for those who record them. */
function WalkInTable(props: {
  walkIns: WalkIn[];
  canRecord: boolean;
  onStep: (step: { kind: 'close' | 'follow-up'; walkIn: WalkIn }) => void;
}) {
  return (
    <DataTable
      columns={['登记号', '场次', '接待领导', '信访人', '人数', '反映事项', '处理', '状态', '操作']}
    >
      {props.walkIns.map((w) => (
        <tr key={w.id}>
          <th scope="row">{w.reference}</th>
          <td>{SESSION_NAMES[w.session]}</td>
          <td>{w.leaderName}</td>
          <td>{w.petitioners.map((p) => p.name).join('、')}</td>
          <td>{w.persons}</td>
          <td>
            {w.summary}
            {w.duplicateOfReference ? `（重复，已关联 ${w.duplicateOfReference}）` : ''}
          </td>
          <td>
            {OUTCOME_NAMES[w.outcome]}
            {w.dueDate ? `，期限 ${w.dueDate}` : ''}
          </td>
          <td>
            {WALK_IN_STATUS[w.status]}
            {w.satisfaction ? `，回访${SATISFACTION_NAMES[w.satisfaction]}` : ''}
          </td>
          <td>
            {props.canRecord && w.status === 'open' && (
              <NamedButton
                name={`办结 ${w.reference}`}
                onClick={() => props.onStep({ kind: 'close', walkIn: w })}
              >
                办结
              </NamedButton>
            )}
            {props.canRecord && w.status === 'closed' && !w.satisfaction && (
              <NamedButton
                name={`回访 ${w.reference}`}
                onClick={() => props.onStep({ kind: 'follow-up', walkIn: w })}
              >
                回访
              </NamedButton>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
