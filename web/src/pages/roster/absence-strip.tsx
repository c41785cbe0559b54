import { useEffect, useState } from 'preact/hooks';
import { api } from '../../api/client.js';
import type { Availability, CalendarDay, Leader } from '../../api/types.js';
import { REASON_NAMES, SESSION_NAMES } from '../../labels.js';
import { entriesByDate } from '../leaders/availability.js';

/** Roles that may read every leader's absences (see AvailabilityService). */
export const SEES_ABSENCES = ['admin', 'office', 'petition', 'politics'];

/**
 * The unit's "unavailable" entries of a month by date, for the strip beside the grid; `reload`
 * fetches them again after an entry. Null while not allowed or not loaded.
 */
export function useUnitAbsences(unitId: string, month: string, allowed: boolean) {
  const [byDate, setByDate] = useState<Map<string, Availability[]> | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!allowed) return;
    let stale = false;
    api<Availability[]>(`/units/${unitId}/availability?month=${month}`)
      .then((list) => {
        if (stale) return;
        setByDate(entriesByDate(list.filter((x) => x.kind === 'unavailable')));
      })
      .catch(() => !stale && setByDate(null));
    return () => {
      stale = true;
    };
  }, [unitId, month, allowed, tick]);
  return { absences: byDate, reload: () => setTick((t) => t + 1) };
}

/**
 * One day of the absence strip: each away leader as a bar that joins the bars of the days before
 * and after, so a trip reads as one strip down the month.
 */
export function AbsenceCell(props: {
  day: CalendarDay;
  absences: Map<string, Availability[]>;
  leaders: Map<string, Leader>;
}) {
  const { day, absences, leaders } = props;
  const here = absences.get(day.date) ?? [];
  const near = (offset: number, leaderId: string) => {
    const d = new Date(`${day.date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + offset);
    return (absences.get(d.toISOString().slice(0, 10)) ?? []).some((e) => e.leaderId === leaderId);
  };
  return (
    <td class="absence-cell" data-absences={here.length}>
      <span class="cell-label" aria-hidden="true">
        外出/请假
      </span>
      <ul class="absence-strips">
        {here.map((e) => {
          const name = leaders.get(e.leaderId)?.name ?? '';
          const cls = [
            'strip',
            `strip-${e.reason ?? 'other'}`,
            near(-1, e.leaderId) ? 'joins-above' : '',
            near(1, e.leaderId) ? 'joins-below' : '',
          ].join(' ');
          return (
            <li key={e.id} class={cls} title={e.note || undefined}>
              {name}
              {e.session ? `（${SESSION_NAMES[e.session]}）` : ''}
              <span class="visually-hidden">{e.reason ? REASON_NAMES[e.reason] : ''}</span>
            </li>
          );
        })}
      </ul>
    </td>
  );
}
