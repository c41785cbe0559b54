import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, ApiError, errorText } from '../../api/client.js';
import type { CalendarDay, Leader, Roster, RosterSummary } from '../../api/types.js';

/**
 * A unit's month as the roster page shows it: its calendar, the leaders (by protocol order) and
 * the roster when there is one. `onLoaded` runs once they are shown (`stale`: the month changed
 * meanwhile).
 */
export function useRosterMonth(
  unitId: string,
  month: string,
  onLoaded: (stale: () => boolean) => Promise<void>,
) {
  const [days, setDays] = useState<CalendarDay[] | null>(null);
  const [leaders, setLeaders] = useState<Leader[]>([]);
  const [roster, setRoster] = useState<Roster | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  /** The year whose holiday arrangement nobody has confirmed, when that is why loading failed. */
  const [unconfirmedYear, setUnconfirmedYear] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const loaded = useRef(onLoaded);
  loaded.current = onLoaded;

  useEffect(() => {
    let stale = false;
    setLoading(true);
    setLoadError(null);
    setUnconfirmedYear(null);
    setRoster(null);
    (async () => {
      const [cal, ls, list] = await Promise.all([
        api<CalendarDay[]>(`/units/${unitId}/calendar?month=${month}`),
        api<Leader[]>(`/leaders?unitId=${unitId}&includeInactive=true`),
        api<RosterSummary[]>(`/units/${unitId}/rosters?month=${month}`),
      ]);
      const found = list.find((r) => r.month === month);
      const full = found ? await api<Roster>(`/rosters/${found.id}`) : null;
      if (stale) return;
      setDays(cal);
      setLeaders(ls.sort((a, b) => a.protocolOrder - b.protocolOrder));
      setRoster(full);
      await loaded.current(() => stale);
    })()
      .catch((err: unknown) => {
        if (stale) return;
        setLoadError(errorText(err));
        // A month belongs to one year, so the unconfirmed year is the month's.
        if (err instanceof ApiError && err.code === 'HOLIDAYS_NOT_CONFIRMED') {
          setUnconfirmedYear(Number(month.slice(0, 4)));
        }
      })
      .finally(() => !stale && setLoading(false));
    return () => {
      stale = true;
    };
  }, [month, unitId]);

  const leaderMap = useMemo(() => new Map(leaders.map((l) => [l.id, l])), [leaders]);

  /** The roster as the service has it now (another clerk, a request, new absences). */
  const reloadRoster = async (): Promise<Roster | null> => {
    if (!roster) return null;
    const fresh = await api<Roster>(`/rosters/${roster.id}`);
    setRoster(fresh);
    return fresh;
  };

  return {
    days,
    leaders,
    leaderMap,
    roster,
    setRoster,
    reloadRoster,
    loading,
    loadError,
    unconfirmedYear,
  };
}
