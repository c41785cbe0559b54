import { useEffect, useState } from 'preact/hooks';
import { api, errorText } from '../../api/client.js';
import type {
  Department,
  DutyRecord,
  Leader,
  Subject,
  WalkIn,
  WalkInPage,
} from '../../api/types.js';
import { useSigned } from '../../auth.js';
import { today } from '../../dates.js';
import { navigate } from '../../router.js';
import { Alert, Loading, Note } from '../../ui/common.js';
import { AttendanceRow } from './attendance-row.js';
import { OUTCOME_NAMES, SATISFACTION_NAMES, SESSION_NAMES, WALK_IN_STATUS } from './hall-types.js';
import { WalkInForm } from './walk-in-form.js';
import { WalkInStep } from './walk-in-steps.js';
import { InputField } from '../../ui/form.js';

type Modal =
  | { kind: 'register'; session: 'AM' | 'PM' }
  | { kind: 'close' | 'follow-up'; walkIn: WalkIn }
  | null;

/** 接待登记: the day's duties (到岗 / 代班 / 缺席) and walk-in receptions (首接首办). */
export function HallPage({ query }: { query: URLSearchParams }) {
  const { unit, me } = useSigned();
  const date = query.get('date') ?? today();
  const canRecord = me.role === 'admin' || me.role === 'petition';
  const [duties, setDuties] = useState<DutyRecord[] | null>(null);
  const [walkIns, setWalkIns] = useState<WalkIn[]>([]);
  const [leaders, setLeaders] = useState<Leader[]>([]);
  const [subjects, setSubjects] = useState<Subject[]>([]);
  const [departments, setDepartments] = useState<Department[]>([]);
  const [modal, setModal] = useState<Modal>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const reload = () => setTick(tick + 1);

  useEffect(() => {
    setError(null);
    Promise.all([
      api<DutyRecord[]>(`/units/${unit.id}/attendance?month=${date.slice(0, 7)}`),
      api<WalkInPage>(`/units/${unit.id}/walk-ins?date=${date}&limit=200`),
    ])
      .then(([d, w]) => {
        setDuties(d.filter((x) => x.date === date));
        setWalkIns(w.items);
      })
      .catch((err: unknown) => setError(errorText(err)));
  }, [date, tick]);
  useEffect(() => {
    api<Leader[]>(`/leaders?unitId=${unit.id}`)
      .then(setLeaders)
      .catch(() => undefined);
    api<Subject[]>('/subjects')
      .then(setSubjects)
      .catch(() => undefined);
    api<Department[]>(`/departments?unitId=${unit.id}`)
      .then(setDepartments)
      .catch(() => undefined);
  }, []);

  // The leaders who sat (or, unrecorded, are due to sit) a session: who may receive there.
  const sitting = (session: 'AM' | 'PM') =>
    (duties ?? [])
      .filter((d) => d.session === session && d.begun && d.satLeaderId)
      .map((d) => ({ id: d.satLeaderId!, name: d.satLeaderName ?? '' }));
  const sessions = (['AM', 'PM'] as const).filter((s) => sitting(s).length > 0);

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
            <table class="data-table">
              <thead>
                <tr>
                  <th scope="col">场次</th>
                  <th scope="col">计划领导</th>
                  <th scope="col">到岗情况</th>
                  <th scope="col">登记</th>
                </tr>
              </thead>
              <tbody>
                {duties.map((d) => (
                  <AttendanceRow
                    key={`${d.session}|${d.plannedLeaderId}`}
                    unitId={unit.id}
                    duty={d}
                    leaders={leaders}
                    canRecord={canRecord}
                    onSaved={() => {
                      setMessage(
                        `已登记 ${SESSION_NAMES[d.session]} ${d.plannedLeaderName} 的到岗情况。`,
                      );
                      reload();
                    }}
                  />
                ))}
              </tbody>
            </table>
          )}
          <h2>来访接待</h2>
          {canRecord && (
            <div class="actions">
              {sessions.map((s) => (
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
          {walkIns.length === 0 ? (
            <p>这一天还没有来访登记。</p>
          ) : (
            <table class="data-table">
              <thead>
                <tr>
                  <th scope="col">登记号</th>
                  <th scope="col">场次</th>
                  <th scope="col">接待领导</th>
                  <th scope="col">信访人</th>
                  <th scope="col">人数</th>
                  <th scope="col">反映事项</th>
                  <th scope="col">处理</th>
                  <th scope="col">状态</th>
                  <th scope="col">操作</th>
                </tr>
              </thead>
              <tbody>
                {walkIns.map((w) => (
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
                      {canRecord && w.status === 'open' && (
                        <button
                          type="button"
                          aria-label={`办结 ${w.reference}`}
                          onClick={() => setModal({ kind: 'close', walkIn: w })}
                        >
                          办结
                        </button>
                      )}
                      {canRecord && w.status === 'closed' && !w.satisfaction && (
                        <button
                          type="button"
                          aria-label={`回访 ${w.reference}`}
                          onClick={() => setModal({ kind: 'follow-up', walkIn: w })}
                        >
                          回访
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      {modal?.kind === 'register' && (
        <WalkInForm
          unitId={unit.id}
          date={date}
          session={modal.session}
          leaders={sitting(modal.session)}
          subjects={subjects}
          departments={departments}
          onClose={() => setModal(null)}
          onSaved={(reference) => {
            setModal(null);
            setMessage(`已登记来访 ${reference}。`);
            reload();
          }}
        />
      )}
      {(modal?.kind === 'close' || modal?.kind === 'follow-up') && (
        <WalkInStep
          walkIn={modal.walkIn}
          step={modal.kind}
          onClose={() => setModal(null)}
          onSaved={(m) => {
            setModal(null);
            setMessage(m);
            reload();
          }}
        />
      )}
    </section>
  );
}
