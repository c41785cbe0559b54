import { useEffect, useState } from 'preact/hooks';
import { api, errorText } from '../../api/client.js';
import type {
  MyNotification,
  Appointment,
  Department,
  Leader,
  Roster,
  RosterSummary,
  Subject,
} from '../../api/types.js';
import { useSigned } from '../../auth.js';
import { formatDateTime, monthName, SESSION_NAMES, shortDate } from '../../labels.js';
import { pageMonth } from '../../month-memory.js';
import { navigate } from '../../router.js';
import { Alert, Loading, MonthPicker } from '../../ui/common.js';
import { APPOINTMENT_STATUS_NAMES, RISK_NAMES } from '../cases/case-labels.js';
import { CHANNEL_NAMES, RULE_NAMES } from '../notifications/notify-labels.js';
import { MyDuties } from './my-duties.js';
import { DataTable } from '../../ui/table.js';

interface Loaded {
  leader: Leader;
  /** The unit's leaders: a swap names the other leader. */
  leaders: Leader[];
  roster: Roster | null;
  appointments: Appointment[];
  notices: MyNotification[];
  subjects: Map<string, string>;
  departments: Map<string, string>;
}

/**
 * 接访日程 as a leader (or their secretary) sees it: their own duties of the month, the
 * appointments booked on them and 我的提醒 (what was sent to them). None of the office's tools:
 * no rule counts, pins, findings or other leaders' cells.
 */
export function LeaderPage({ query }: { query: URLSearchParams }) {
  const { me, unit } = useSigned();
  const month = pageMonth(query.get('month'));
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let stale = false;
    setData(null);
    setError(null);
    (async () => {
      const [leader, leaders, list, appointments, notices, subjects, departments] =
        await Promise.all([
          api<Leader>(`/leaders/${me.leaderId}`),
          api<Leader[]>(`/leaders?unitId=${unit.id}`),
          api<RosterSummary[]>(`/units/${unit.id}/rosters?month=${month}`),
          api<Appointment[]>(`/units/${unit.id}/appointments?month=${month}`),
          api<MyNotification[]>('/me/notifications'),
          api<Subject[]>('/subjects'),
          api<Department[]>(`/departments?unitId=${unit.id}`),
        ]);
      const found = list.find((r) => r.month === month);
      const roster = found ? await api<Roster>(`/rosters/${found.id}`) : null;
      if (stale) return;
      setData({
        leader,
        leaders,
        roster,
        appointments,
        notices,
        subjects: new Map(subjects.map((s) => [s.code, s.name])),
        departments: new Map(departments.map((d) => [d.id, d.name])),
      });
    })().catch((err: unknown) => !stale && setError(errorText(err)));
    return () => {
      stale = true;
    };
  }, [month, unit.id, me.leaderId]);

  return (
    <section class="page leader-page" aria-labelledby="page-title">
      <div class="page-head">
        <h1 id="page-title">
          {data ? `${data.leader.name}的` : '我的'}接访日程 · {monthName(month)}
        </h1>
      </div>
      <MonthPicker month={month} onMonth={(m) => navigate(`/roster?month=${m}`)} />
      {error && <Alert kind="error">{error}</Alert>}
      {!data && !error && <Loading />}
      {data && (
        <>
          <MyDuties
            me={me}
            unit={unit}
            leader={data.leader}
            leaders={data.leaders}
            roster={data.roster}
            onRoster={(roster) => setData({ ...data, roster })}
          />

          <MyAppointments data={data} />
          <MyNotices notices={data.notices} leaderName={data.leader.name} />
        </>
      )}
    </section>
  );
}

/** The appointments booked on the leader's sessions this month. */
function MyAppointments({ data }: { data: Loaded }) {
  return (
    <section class="panel" aria-labelledby="my-appointments-title">
      <h2 id="my-appointments-title">我的约访</h2>
      {data.appointments.length === 0 ? (
        <p>本月没有安排约访。</p>
      ) : (
        <DataTable columns={['场次', '案件编号', '分类', '风险', '人数', '参加部门', '状态']}>
          {data.appointments.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                {shortDate(a.date)} {SESSION_NAMES[a.session]}
                {a.slotStart ? ` ${a.slotStart}–${a.slotEnd}` : ''}
              </th>
              <td class="nowrap">{a.caseReference}</td>
              <td>{data.subjects.get(a.subjectCode) ?? a.subjectCode}</td>
              <td>
                <span class={`risk risk-${a.risk}`}>{RISK_NAMES[a.risk]}</span>
              </td>
              <td>{a.groupSize}</td>
              <td>
                {a.departmentIds.map((id) => data.departments.get(id) ?? '').join('、') || '—'}
              </td>
              <td>{APPOINTMENT_STATUS_NAMES[a.status]}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

/** 我的提醒: what was sent (or will be) to the leader or their secretary. */
function MyNotices({ notices, leaderName }: { notices: MyNotification[]; leaderName: string }) {
  return (
    <section class="panel" aria-labelledby="my-notices-title">
      <h2 id="my-notices-title">我的提醒</h2>
      {notices.length === 0 ? (
        <p>还没有发给您的提醒。</p>
      ) : (
        <ul class="my-notices">
          {notices.map((n) => (
            <li key={n.id}>
              <div>
                <strong>{n.subject}</strong>{' '}
                <span class="muted small">
                  {RULE_NAMES[n.rule] ?? n.rule} · {CHANNEL_NAMES[n.channel] ?? n.channel}
                  {' · '}
                  {n.sentAt
                    ? `${formatDateTime(n.sentAt)} 已发送`
                    : n.status === 'dead'
                      ? '未能送达，请联系两办'
                      : `${formatDateTime(n.dueAt)} 发送`}
                  {n.recipientName !== leaderName ? ` · 发给${n.recipientName}` : ''}
                </span>
              </div>
              <div class="pre small">{n.body}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
