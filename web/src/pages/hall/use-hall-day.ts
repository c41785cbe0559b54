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

/** A day of the hall: its duties and walk-ins (again after `reload`), and the lists the forms pick from. */
export function useHallDay(unitId: string, date: string) {
  const [duties, setDuties] = useState<DutyRecord[] | null>(null);
  const [walkIns, setWalkIns] = useState<WalkIn[]>([]);
  const [leaders, setLeaders] = useState<Leader[]>([]);
  const [subjects, setSubjects] = useState<Subject[]>([]);
  const [departments, setDepartments] = useState<Department[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    setError(null);
    Promise.all([
      api<DutyRecord[]>(`/units/${unitId}/attendance?month=${date.slice(0, 7)}`),
      api<WalkInPage>(`/units/${unitId}/walk-ins?date=${date}&limit=200`),
    ])
      .then(([d, w]) => {
        setDuties(d.filter((x) => x.date === date));
        setWalkIns(w.items);
      })
      .catch((err: unknown) => setError(errorText(err)));
  }, [date, tick]);
  useEffect(() => {
    api<Leader[]>(`/leaders?unitId=${unitId}`)
      .then(setLeaders)
      .catch(() => undefined);
    api<Subject[]>('/subjects')
      .then(setSubjects)
      .catch(() => undefined);
    api<Department[]>(`/departments?unitId=${unitId}`)
      .then(setDepartments)
      .catch(() => undefined);
  }, []);

  const reload = () => setTick(tick + 1);
  return { duties, walkIns, leaders, subjects, departments, error, reload };
}
