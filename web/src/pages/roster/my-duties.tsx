import { useState } from 'preact/hooks';
import { api, errorText } from '../../api/client.js';
import type { Assignment, Leader, Me, Roster, Unit } from '../../api/types.js';
import { today } from '../../dates.js';
import { DUTY_NAMES, isoWeekday, SESSION_NAMES, shortDate, weekdayName } from '../../labels.js';
import { Alert } from '../../ui/common.js';
import { RequestDialog } from './request-dialogs.js';
import { RequestsPanel } from './requests-panel.js';

/**
 * A leader's own duties of the month (for the leader or the secretary): 确认出席, and asking for
 * leave or a swap on a published duty; below, the requests that concern them.
 */
export function MyDuties(props: {
  me: Me;
  unit: Unit;
  leader: Leader;
  leaders: Leader[];
  roster: Roster | null;
  onRoster: (r: Roster) => void;
}) {
  const { me, unit, leader, leaders, roster } = props;
  const [asking, setAsking] = useState<{ kind: 'leave' | 'swap'; duty: Assignment } | null>(null);
  const [banner, setBanner] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [revision, setRevision] = useState(0);
  const published = !!roster && roster.publishedVersion > 0;
  const duties =
    roster?.assignments
      .filter((a) => a.leaderId === leader.id)
      .sort((a, b) => a.date.localeCompare(b.date) || a.session.localeCompare(b.session)) ?? [];
  const hours = (code: string) => unit.sessionTemplates.find((t) => t.code === code);
  const reload = async () => {
    if (roster) props.onRoster(await api<Roster>(`/rosters/${roster.id}`));
  };

  const confirm = async (a: Assignment) => {
    if (!roster) return;
    try {
      await api(`/rosters/${roster.id}/assignments/${a.id}/confirm`, { method: 'POST', body: {} });
      await reload();
      setBanner({
        kind: 'success',
        text: `已确认出席：${shortDate(a.date)}${DUTY_NAMES[a.session]}。`,
      });
    } catch (err) {
      setBanner({ kind: 'error', text: errorText(err) });
    }
  };

  return (
    <>
      <section class="panel my-duties" aria-labelledby="my-duties-title">
        <h2 id="my-duties-title">我的接访安排</h2>
        {banner && <Alert kind={banner.kind}>{banner.text}</Alert>}
        {!roster && <p>本月接访安排尚未发布。</p>}
        {roster && duties.length === 0 && <p>本月没有安排您接访。</p>}
        {duties.length > 0 && (
          <ul class="my-duty-list">
            {duties.map((a) => (
              <li key={a.id}>
                <strong>
                  {shortDate(a.date)} {weekdayName(isoWeekday(a.date))}
                </strong>{' '}
                {a.session === 'CALL'
                  ? '24小时在岗值班'
                  : `${SESSION_NAMES[a.session]} ${hours(a.session)?.start ?? ''}–${hours(a.session)?.end ?? ''}`}
                {published && a.date >= today() && (
                  <span class="duty-actions">
                    {a.confirmedAt ? (
                      <span class="confirmed">已确认出席</span>
                    ) : (
                      <button type="button" class="primary" onClick={() => void confirm(a)}>
                        确认出席
                      </button>
                    )}
                    <button type="button" onClick={() => setAsking({ kind: 'leave', duty: a })}>
                      请假…
                    </button>
                    {a.session !== 'CALL' && (
                      <button type="button" onClick={() => setAsking({ kind: 'swap', duty: a })}>
                        换班…
                      </button>
                    )}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
        <p class="muted">
          地点：{leader.venue ?? unit.receptionVenue}
          {!leader.publicReception && '（不公开接访）'}
        </p>
      </section>

      {published && (
        <RequestsPanel
          unitId={unit.id}
          me={me}
          leaders={leaders}
          revision={revision}
          changed={() => {
            void reload();
            setRevision((n) => n + 1);
          }}
        />
      )}

      {roster && asking && (
        <RequestDialog
          kind={asking.kind}
          duty={asking.duty}
          others={roster.assignments.filter(
            (a) => a.leaderId !== asking.duty.leaderId && a.session !== 'CALL' && a.date >= today(),
          )}
          leaders={new Map(leaders.map((l) => [l.id, l]))}
          onClose={() => setAsking(null)}
          onDone={(r) => {
            setAsking(null);
            setRevision((n) => n + 1);
            setBanner({
              kind: 'success',
              text: `已提交${r.kind === 'leave' ? '请假' : '换班'}申请：${shortDate(r.date)}${DUTY_NAMES[r.session]}，${r.kind === 'leave' ? '等待两办审批' : '等待对方领导同意'}。`,
            });
          }}
        />
      )}
    </>
  );
}
