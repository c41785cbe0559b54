/**
 * Who could take over one duty, and what each choice changes: a least-change re-solve in which
 * every other duty of the month stays as it is and the leaving leader cannot sit that session.
 * Pure: the roster service builds the month's problem and runs the solver.
 */
import type { Assignment, Problem } from '../solver/index.js';
import { findings, type Finding } from './findings.js';

export interface Seat {
  date: string;
  shift: string;
  /** The leader leaving the seat. */
  personId: string;
}

/**
 * The month's problem with every current duty but `seat` pinned, the leaving leader (and any
 * `excluded` leader) unable to sit that session, and the current roster as the one to stay close
 * to; the only decision left is who fills the seat, priced by the rules.
 */
export function substituteProblem(
  problem: Problem,
  current: readonly Assignment[],
  seat: Seat,
  excluded: readonly string[] = [],
): Problem {
  const sameSeat = (a: Assignment) =>
    a.date === seat.date && a.shift === seat.shift && a.personId === seat.personId;
  const away = new Set([seat.personId, ...excluded]);
  return {
    ...problem,
    people: problem.people.map((p) =>
      away.has(p.id)
        ? { ...p, unavailable: [...(p.unavailable ?? []), { date: seat.date, shift: seat.shift }] }
        : p,
    ),
    pins: current.filter((a) => !sameSeat(a)),
    previous: { assignments: [...current], changeWeight: problem.previous?.changeWeight ?? 200 },
  };
}

/** The roster with the seat given to another leader (or to nobody). */
export function withSeat(
  current: readonly Assignment[],
  seat: Seat,
  leaderId: string | null,
): Assignment[] {
  const rest = current.filter(
    (a) => !(a.date === seat.date && a.shift === seat.shift && a.personId === seat.personId),
  );
  return leaderId === null
    ? rest
    : [...rest, { date: seat.date, shift: seat.shift, personId: leaderId }];
}

const findingKey = (f: Finding) =>
  `${f.severity}|${f.rule}|${f.date ?? ''}|${f.session ?? ''}|${f.leaderId ?? ''}|${f.message}`;

/**
 * What giving the seat to `leaderId` breaks that the roster did not break before: hard rules
 * (errors: the choice is impossible) and soft ones (warnings: quotas, spacing), worded for staff.
 */
export function consequences(
  problem: Problem,
  current: readonly Assignment[],
  seat: Seat,
  leaderId: string,
  names: Map<string, string>,
): Finding[] {
  const before = new Set(findings(problem, current, names).map(findingKey));
  return findings(problem, withSeat(current, seat, leaderId), names).filter(
    (f) => !before.has(findingKey(f)),
  );
}
