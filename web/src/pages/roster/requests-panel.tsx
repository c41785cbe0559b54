import { useEffect, useState } from 'preact/hooks';
import { api, errorText } from '../../api/client.js';
import type {
  DutyRequest,
  Leader,
  Me,
  UnconfirmedDuties,
  UnconfirmedDuty,
} from '../../api/types.js';
import { DUTY_NAMES, shortDate } from '../../labels.js';
import { Alert, Note } from '../../ui/common.js';
import { ApproveDialog } from './request-dialogs.js';

const dutyName = (date: string, session: DutyRequest['session']) =>
  `${shortDate(date)}${DUTY_NAMES[session]}`;

function describe(r: DutyRequest): string {
  const mine = `${r.leaderName} ${dutyName(r.date, r.session)}`;
  if (r.kind === 'leave') return `请假：${mine}`;
  return `换班：${mine} ⇄ ${r.otherLeaderName ?? ''} ${dutyName(r.otherDate!, r.otherSession!)}`;
}

/**
 * What the office handles once a month is published: the open requests and the duties not yet
 * confirmed; both reload after a decision, and `rosterChanged` reloads the roster.
 */
export function OfficeRequests(props: {
  unitId: string;
  me: Me;
  leaders: Leader[];
  rosterChanged: () => void;
}) {
  const [revision, setRevision] = useState(0);
  return (
    <>
      <RequestsPanel
        unitId={props.unitId}
        me={props.me}
        leaders={props.leaders}
        revision={revision}
        changed={() => {
          props.rosterChanged();
          setRevision((n) => n + 1);
        }}
      />
      <UnconfirmedPanel unitId={props.unitId} revision={revision} />
    </>
  );
}

/**
 * Open leave and swap requests of the unit (a leader sees their own): the other leader accepts
 * or declines a swap, the requester withdraws, 两办 approve (choosing a substitute) or refuse.
 * `changed` after an approval: the roster has a new version to reload.
 */
export function RequestsPanel(props: {
  unitId: string;
  me: Me;
  leaders: Leader[];
  /** Bumped by the page when a request was filed, so the list reloads. */
  revision: number;
  changed: () => void;
}) {
  const { me } = props;
  const office = me.role === 'admin' || me.role === 'office';
  const [items, setItems] = useState<DutyRequest[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [deciding, setDeciding] = useState<DutyRequest | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const load = () =>
    api<DutyRequest[]>(`/units/${props.unitId}/duty-requests`)
      .then(setItems)
      .catch((err: unknown) => setError(errorText(err)));
  useEffect(() => void load(), [props.unitId, props.revision]);

  const act = async (r: DutyRequest, action: 'accept' | 'decline' | 'withdraw') => {
    setError(null);
    try {
      const res = await api<DutyRequest>(`/duty-requests/${r.id}/${action}`, {
        method: 'POST',
        body: {},
      });
      setMessage(`${describe(res)}：${res.statusName}`);
      await load();
    } catch (err) {
      setError(errorText(err));
    }
  };

  if (items === null && !error) return null;
  return (
    <section class="requests-panel" aria-labelledby="requests-title">
      <h2 id="requests-title">待处理的请假、换班申请（{items?.length ?? 0}）</h2>
      {error && <Alert kind="error">{error}</Alert>}
      <Note text={message} onDismiss={() => setMessage(null)} />
      {items && items.length === 0 && <p class="muted">暂无待处理的申请。</p>}
      {items && items.length > 0 && (
        <ul class="request-list">
          {items.map((r) => {
            const other = me.role === 'leader' && me.leaderId === r.otherLeaderId;
            const requester = me.role === 'leader' && me.leaderId === r.leaderId;
            return (
              <li key={r.id} data-request={r.id}>
                <span>
                  {describe(r)}（{r.reasonName}
                  {r.reasonText ? `：${r.reasonText}` : ''}） · <strong>{r.statusName}</strong>
                </span>{' '}
                {other && r.status === 'requested' && (
                  <>
                    <button type="button" onClick={() => void act(r, 'accept')}>
                      同意换班
                    </button>
                    <button type="button" onClick={() => void act(r, 'decline')}>
                      不同意
                    </button>
                  </>
                )}
                {(requester || office) && (
                  <button type="button" onClick={() => void act(r, 'withdraw')}>
                    撤回
                  </button>
                )}
                {office && (r.kind === 'leave' || r.status === 'accepted') && (
                  <button type="button" class="primary" onClick={() => setDeciding(r)}>
                    审批…
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {deciding && (
        <ApproveDialog
          request={deciding}
          leaders={props.leaders}
          onClose={() => setDeciding(null)}
          onDone={(res) => {
            setDeciding(null);
            setMessage(
              res.status === 'approved'
                ? `${describe(res)}：已批准${res.substituteName ? `，由${res.substituteName}代班` : ''}，已发布第 ${res.publishedVersion} 版。`
                : `${describe(res)}：${res.statusName}`,
            );
            void load();
            props.changed();
          }}
        />
      )}
    </section>
  );
}

/** 两办: duties of the next 2 working days nobody has confirmed; a phone call can be recorded. */
export function UnconfirmedPanel(props: { unitId: string; revision: number }) {
  const [duties, setDuties] = useState<UnconfirmedDuty[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () =>
    api<UnconfirmedDuties>(`/units/${props.unitId}/unconfirmed-duties`)
      .then((res) => setDuties(res.duties))
      .catch((err: unknown) => setError(errorText(err)));
  useEffect(() => void load(), [props.unitId, props.revision]);
  const confirm = async (d: UnconfirmedDuty) => {
    try {
      await api(`/rosters/${d.rosterId}/assignments/${d.assignmentId}/confirm`, {
        method: 'POST',
        body: {},
      });
      await load();
    } catch (err) {
      setError(errorText(err));
    }
  };
  if (!duties?.length && !error) return null;
  return (
    <section class="unconfirmed-panel" aria-labelledby="unconfirmed-title">
      <h2 id="unconfirmed-title">近两个工作日尚未确认出席（{duties?.length ?? 0}）</h2>
      {error && <Alert kind="error">{error}</Alert>}
      <ul>
        {duties?.map((d) => (
          <li key={d.assignmentId}>
            {dutyName(d.date, d.session)} {d.leaderName}{' '}
            <button type="button" onClick={() => void confirm(d)}>
              已电话确认
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
