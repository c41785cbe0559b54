import { useEffect, useState } from 'preact/hooks';
import { api, errorText } from '../../api/client.js';
import type {
  Availability,
  AvailabilityKind,
  CalendarDay,
  Leader,
  Session,
  UnavailableReason,
} from '../../api/types.js';
import { useSigned } from '../../auth.js';
import { pageMonth } from '../../month-memory.js';
import {
  dayKindName,
  KIND_NAMES,
  monthName,
  REASON_NAMES,
  SESSION_NAMES,
  shortDate,
  weekdayName,
} from '../../labels.js';
import { linkClick, navigate } from '../../router.js';
import { Alert, Loading, MonthPicker, Note } from '../../ui/common.js';
import { Dialog } from '../../ui/dialog.js';
import { Field, FormActions } from '../../ui/form.js';
import { dayLabel, entriesByDate, entryText, leadingBlanks } from './availability.js';
import { NoteField, ReasonField } from './reason-field.js';

/** One leader's month: click a date to mark it unavailable (with a reason), preferred or avoided. */
export function AvailabilityPage({
  leaderId,
  query,
}: {
  leaderId: string;
  query: URLSearchParams;
}) {
  const { me, unit } = useSigned();
  const requested = query.get('month');
  const month = pageMonth(requested);
  const writable =
    me.role === 'admin' ||
    me.role === 'office' ||
    (me.role === 'leader' && me.leaderId === leaderId);
  const [leader, setLeader] = useState<Leader | null>(null);
  const [days, setDays] = useState<CalendarDay[] | null>(null);
  const [entries, setEntries] = useState<Availability[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<CalendarDay | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const reload = () =>
    api<Availability[]>(`/leaders/${leaderId}/availability?month=${month}`).then(setEntries);

  useEffect(() => {
    setDays(null);
    setError(null);
    Promise.all([
      api<Leader>(`/leaders/${leaderId}`),
      api<CalendarDay[]>(`/units/${unit.id}/calendar?month=${month}`),
      api<Availability[]>(`/leaders/${leaderId}/availability?month=${month}`),
    ])
      .then(([l, d, e]) => {
        setLeader(l);
        setDays(d);
        setEntries(e);
      })
      .catch((err: unknown) => setError(errorText(err)));
  }, [leaderId, month]);

  const go = (m: string) => navigate(`/leaders/${leaderId}/availability?month=${m}`);
  const byDate = entriesByDate(entries);

  return (
    <section class="page" aria-labelledby="page-title">
      <div class="page-head">
        <h1 id="page-title">
          {leader ? `${leader.name}的时间安排` : '领导时间安排'} · {monthName(month)}
        </h1>
        {me.role !== 'leader' && (
          <a href="/leaders" onClick={(e) => linkClick(e, '/leaders')}>
            返回领导列表
          </a>
        )}
      </div>
      <MonthPicker month={month} onMonth={go} />
      <p class="muted">
        {writable ? '点击日期登记：不可参加（须选原因）、希望安排或希望回避。' : '仅可查看。'}
        “不可参加”排班时一定避开；“希望安排/希望回避”尽量满足。
      </p>
      {error && <Alert kind="error">{error}</Alert>}
      <Note text={message} onDismiss={() => setMessage(null)} />
      {!days && !error && <Loading />}
      {days && <AvailabilityCalendar month={month} days={days} byDate={byDate} onOpen={setOpen} />}
      {open && (
        <DayDialog
          leaderId={leaderId}
          day={open}
          entries={byDate.get(open.date) ?? []}
          writable={writable}
          onClose={() => setOpen(null)}
          onChanged={async (text) => {
            await reload();
            setMessage(text);
            setOpen(null);
          }}
        />
      )}
    </section>
  );
}

/** The month as a week grid: each day a button with its entries, opening the day's dialog. */
function AvailabilityCalendar(props: {
  month: string;
  days: CalendarDay[];
  byDate: Map<string, Availability[]>;
  onOpen: (day: CalendarDay) => void;
}) {
  const { days, byDate } = props;
  return (
    <div class="avail-calendar" role="grid" aria-label={`${monthName(props.month)}日历`}>
      <div role="row" class="avail-row avail-head">
        {[1, 2, 3, 4, 5, 6, 7].map((w) => (
          <span role="columnheader" key={w}>
            {weekdayName(w)}
          </span>
        ))}
      </div>
      <div role="row" class="avail-row">
        {Array.from({ length: leadingBlanks(days) }, (_, i) => (
          <span key={`pad${i}`} class="avail-pad" aria-hidden="true" />
        ))}
        {days.map((d) => {
          const mine = byDate.get(d.date) ?? [];
          const kinds = new Set(mine.map((e) => e.kind));
          return (
            <div
              role="gridcell"
              key={d.date}
              class={`avail-day kind-${d.kind} ${d.periods.length ? 'in-period' : ''}`}
            >
              <button
                type="button"
                class={`avail-button ${[...kinds].map((k) => `has-${k}`).join(' ')}`}
                onClick={() => props.onOpen(d)}
                aria-label={dayLabel(d, mine.length)}
              >
                <span class="avail-date">{Number(d.date.slice(8))}</span>
                {d.kind !== 'workday' && <span class="avail-kind">{dayKindName(d)}</span>}
                {mine.map((e) => (
                  <span key={e.id} class={`avail-entry entry-${e.kind}`}>
                    {entryText(e)}
                  </span>
                ))}
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}

interface DayProps {
  leaderId: string;
  day: CalendarDay;
  entries: Availability[];
  writable: boolean;
  onClose: () => void;
  onChanged: (message: string) => Promise<void>;
}

function DayDialog({ leaderId, day, entries, writable, onClose, onChanged }: DayProps) {
  const [kind, setKind] = useState<AvailabilityKind>('unavailable');
  const [session, setSession] = useState<'' | Session>('');
  const [reason, setReason] = useState<UnavailableReason>('meeting');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const title = `${shortDate(day.date)} ${weekdayName(day.weekday)}`;

  const run = async (fn: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      await onChanged(done);
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  };

  const add = (e: Event) => {
    e.preventDefault();
    void run(
      () =>
        api(`/leaders/${leaderId}/availability`, {
          method: 'POST',
          body: {
            entries: [
              {
                date: day.date,
                session: session || null,
                kind,
                reason: kind === 'unavailable' ? reason : null,
                note: note.trim(),
              },
            ],
          },
        }),
      `已登记 ${title} ${KIND_NAMES[kind]}。`,
    );
  };

  return (
    <Dialog title={`${title} 时间登记`} onClose={onClose}>
      {error && <Alert kind="error">{error}</Alert>}
      {entries.length > 0 && (
        <ul class="entry-list">
          {entries.map((e) => (
            <li key={e.id}>
              <span>
                {KIND_NAMES[e.kind]} · {e.session ? SESSION_NAMES[e.session] : '全天'}
                {e.reason ? ` · ${REASON_NAMES[e.reason]}` : ''}
                {e.note ? ` · ${e.note}` : ''}
              </span>
              {writable && (
                <button
                  type="button"
                  class="link-button danger"
                  disabled={busy}
                  onClick={() =>
                    void run(
                      () => api(`/availability/${e.id}`, { method: 'DELETE' }),
                      `已删除 ${title} 的登记。`,
                    )
                  }
                >
                  删除
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {entries.length === 0 && <p class="muted">这一天没有登记。</p>}
      {writable && (
        <form onSubmit={add} class="form-grid">
          <fieldset class="field">
            <legend>类型</legend>
            <div class="radio-row">
              {(Object.keys(KIND_NAMES) as AvailabilityKind[]).map((k) => (
                <label key={k} class="radio">
                  <input
                    type="radio"
                    name="kind"
                    value={k}
                    checked={kind === k}
                    onChange={() => setKind(k)}
                  />
                  {KIND_NAMES[k]}
                </label>
              ))}
            </div>
          </fieldset>
          <Field label="时段">
            <select
              value={session}
              onChange={(e) => setSession(e.currentTarget.value as '' | Session)}
            >
              <option value="">全天</option>
              <option value="AM">上午</option>
              <option value="PM">下午</option>
            </select>
          </Field>
          {kind === 'unavailable' && <ReasonField value={reason} onValue={setReason} />}
          <NoteField value={note} onValue={setNote} />
          <FormActions submit="登记" busy={busy} onCancel={onClose} cancel="关闭" />
        </form>
      )}
    </Dialog>
  );
}
