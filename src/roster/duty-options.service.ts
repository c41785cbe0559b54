import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/index.js';
import type { DutyCode } from '../calendar/index.js';
import { addDays } from '../common/dates.js';
import { AppError, badRequest, notFound } from '../common/app-error.js';
import type { Assignment } from '../solver/index.js';
import type { Finding } from './findings.js';
import { RosterHooks, type SeatAppointment } from './roster-hooks.js';
import { DUTY_NAMES } from './problem-builder.js';
import { RosterInputsService } from './roster-inputs.service.js';
import { RosterSolver } from './roster-solver.js';
import { RostersService } from './rosters.service.js';
import { consequences, substituteProblem, type Seat } from './substitutes.js';

export interface SubstituteOption {
  leaderId: string;
  name: string;
  /** Rule penalties of the roster with this leader in the seat (lower is better). */
  penalty: number;
  /** 'optimal': no leader outside the earlier options does better (proven by the solver). */
  status: string;
  /** What this choice breaks that the roster did not (warnings; never a hard rule). */
  consequences: Finding[];
  appointments: AppointmentImpact;
}

/**
 * The priority appointments booked on the seat: those whose case the new leader's portfolio
 * covers stay; the others must move, each with the next published session (before its deadline)
 * of a leader who may receive it, or null when there is none.
 */
export interface AppointmentImpact {
  stay: Array<{ caseCode: string }>;
  move: Array<{
    caseCode: string;
    receiveBefore: string | null;
    next: { date: string; session: DutyCode; leaderId: string; leaderName: string } | null;
  }>;
}

const toAssignment = (d: { date: string; session: string; leaderId: string }): Assignment => ({
  date: d.date,
  shift: d.session,
  personId: d.leaderId,
});

/**
 * Replacing a leader on one duty: the best substitutes by a least-change re-solve (every other
 * duty of the month kept), and what any chosen leader would change, before anything is saved.
 */
@Injectable()
export class DutyOptionsService {
  constructor(
    private readonly rosters: RostersService,
    private readonly inputs: RosterInputsService,
    private readonly solver: RosterSolver,
    private readonly hooks: RosterHooks,
  ) {}

  /**
   * Up to `limit` substitutes, best first: each is the optimum once the earlier ones are ruled
   * out, so the list is the k best by rule penalties, every one a verified roster.
   */
  async substitutes(user: AuthUser, rosterId: string, assignmentId: string, limit = 3) {
    const started = performance.now();
    const { seat, problem, current, names, unitId, begun } = await this.seatOf(
      user,
      rosterId,
      assignmentId,
    );
    const impact = await this.impactOf(unitId, seat, names, begun);
    const options: SubstituteOption[] = [];
    const excluded: string[] = [];
    while (options.length < limit) {
      const result = await this.solver.solve(substituteProblem(problem, current, seat, excluded));
      if (result.status !== 'optimal' && result.status !== 'feasible') break;
      const taker = result.assignments.find(
        (a) =>
          a.date === seat.date &&
          a.shift === seat.shift &&
          !current.some(
            (c) => c.date === a.date && c.shift === a.shift && c.personId === a.personId,
          ),
      );
      if (!taker) break;
      options.push({
        leaderId: taker.personId,
        name: names.get(taker.personId) ?? taker.personId,
        penalty: Object.entries(result.penaltyByRule)
          .filter(([rule]) => rule !== 'change')
          .reduce((sum, [, v]) => sum + v, 0),
        status: result.status,
        consequences: consequences(problem, current, seat, taker.personId, names),
        appointments: impact(taker.personId),
      });
      excluded.push(taker.personId);
    }
    return {
      date: seat.date,
      session: seat.shift,
      leaderId: seat.personId,
      options,
      seconds: Math.round(performance.now() - started) / 1000,
    };
  }

  /** What giving the duty to `leaderId` would break: errors make it impossible. */
  async consequencesFor(user: AuthUser, rosterId: string, assignmentId: string, leaderId: string) {
    const { seat, problem, current, names, unitId, begun } = await this.seatOf(
      user,
      rosterId,
      assignmentId,
    );
    if (!problem.people.some((p) => p.id === leaderId))
      throw badRequest('leaderId：本单位这个月没有这位领导', 'leaderId');
    const found = consequences(problem, current, seat, leaderId, names);
    return {
      date: seat.date,
      session: seat.shift,
      leaderId,
      possible: !found.some((f) => f.severity === 'error'),
      consequences: found,
      appointments: (await this.impactOf(unitId, seat, names, begun))(leaderId),
    };
  }

  private async seatOf(user: AuthUser, rosterId: string, assignmentId: string) {
    const roster = await this.rosters.load(user, rosterId);
    const rows = await this.rosters.assignmentsOf(roster.id);
    const row = rows.find((r) => r.id === assignmentId);
    if (!row) throw notFound('排班安排', assignmentId);
    const ctx = await this.inputs.context(roster.unitId, roster.month, { forecast: false });
    if (ctx.begun(row.date, row.session)) {
      throw new AppError(
        'SESSION_BEGUN',
        `${row.date} ${DUTY_NAMES[row.session]}的接访已开始，不能再换人；实际出席情况请登记考勤`,
      );
    }
    const seat: Seat = { date: row.date, shift: row.session, personId: row.leaderId };
    // Begun sessions are fixed duties of the problem; the rest of the month is the roster.
    const current = rows.filter((r) => !ctx.begun(r.date, r.session)).map(toAssignment);
    const names = new Map(ctx.leaders.map((l) => [l.id, l.name]));
    return { seat, problem: ctx.problem, current, names, unitId: roster.unitId, begun: ctx.begun };
  }

  /**
   * Reads the seat's appointments and the published sessions after it once; answers, for any
   * leader taking the seat, which appointments stay and where the others could go next.
   */
  private async impactOf(
    unitId: string,
    seat: Seat,
    names: Map<string, string>,
    begun: (date: string, code: DutyCode) => boolean,
  ): Promise<(leaderId: string) => AppointmentImpact> {
    const booked: SeatAppointment[] = await this.hooks.seatAppointments(unitId, {
      date: seat.date,
      session: seat.shift as DutyCode,
      leaderId: seat.personId,
    });
    if (booked.length === 0) return () => ({ stay: [], move: [] });
    const last = booked
      .map((b) => b.receiveBefore ?? addDays(seat.date, 92))
      .reduce((a, b) => (a > b ? a : b));
    const later = (await this.rosters.publishedDuties(unitId, seat.date, last)).filter(
      (d) =>
        d.session !== 'CALL' &&
        !begun(d.date, d.session) &&
        (d.date > seat.date || (d.date === seat.date && d.session > seat.shift)),
    );
    return (leaderId) => ({
      stay: booked
        .filter((b) => b.eligibleLeaderIds.includes(leaderId))
        .map((b) => ({ caseCode: b.caseCode })),
      move: booked
        .filter((b) => !b.eligibleLeaderIds.includes(leaderId))
        .map((b) => {
          const next = later.find(
            (d) =>
              b.eligibleLeaderIds.includes(d.leaderId) &&
              (b.receiveBefore === null || d.date <= b.receiveBefore),
          );
          return {
            caseCode: b.caseCode,
            receiveBefore: b.receiveBefore,
            next: next
              ? {
                  date: next.date,
                  session: next.session,
                  leaderId: next.leaderId,
                  leaderName: names.get(next.leaderId) ?? '',
                }
              : null,
          };
        }),
    });
  }
}
