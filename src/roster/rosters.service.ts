import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Between, MoreThan, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { assertUnitAccess, type AuthUser } from '../auth/index.js';
import { AppError, badRequest, conflict, notFound, versionConflict } from '../common/app-error.js';
import { type AppConfig, InjectConfig } from '../config/index.js';
import { sqlStateOf } from '../common/database-errors.js';
import { monthBounds } from '../common/dates.js';
import { Clock } from '../common/clock.js';
import { LeadersService, UnitsService } from '../org/index.js';
import { SolveAbortedError, type Assignment, type Problem } from '../solver/index.js';
import { diffDuties, dutyKey, toSnapshot, type Duty, type Session } from './duties.js';
import { findings, type Finding } from './findings.js';
import { MonthReservations } from './month-reservations.js';
import { RosterAssignment } from './roster-assignment.entity.js';
import { RosterChange } from './roster-change.entity.js';
import { RosterHooks, type PublishedDuty } from './roster-hooks.js';
import { RosterInputsService } from './roster-inputs.service.js';
import { RosterSolver, type SolveRun } from './roster-solver.js';
import { RosterVersion, type DutyChange, type DutySnapshot } from './roster-version.entity.js';
import { toView, type RosterView } from './roster-view.js';
import { Roster, type SolverSummary } from './roster.entity.js';
import { DUTY_NAMES } from './problem-builder.js';
import { begunAt } from './session-start.js';
import type { SolveRefusal, Solved } from './solve-outcome.js';

/** One duty handed to another leader; `expect` is the duty as the caller last saw it. */
export interface DutyMove {
  assignmentId: string;
  leaderId: string;
  expect: { leaderId: string; date: string; session: string };
}

export interface AssignmentEdit {
  version: number;
  date?: string;
  session?: 'AM' | 'PM';
  leaderId?: string;
  pinned?: boolean;
  reason?: string;
}

/** A solve followed while it runs (a job); its result commits with the roster, or neither does. */
export interface RosterRun extends SolveRun {
  commit?: (tx: EntityManager, rosterId: string) => Promise<void>;
}

const toAssignment = (d: Duty): Assignment => ({
  date: d.date,
  shift: d.session,
  personId: d.leaderId,
});

const toDuty = (d: Duty): Duty => ({ date: d.date, session: d.session, leaderId: d.leaderId });

/** A session that has begun is history: planning may not change it (attendance records it). */
function refuseIfBegun(
  begun: (date: string, code: Session) => boolean,
  date: string,
  session: Session,
) {
  if (!begun(date, session)) return;
  throw new AppError(
    'SESSION_BEGUN',
    `${date} ${DUTY_NAMES[session]}的接访已开始，已成为历史记录，不能再调整；实际出席情况请登记考勤`,
    { field: 'date' },
  );
}

/** Findings about the month: dated in it, involving its dates, or a range that covers it. */
function findingsWithin(all: Finding[], from: string, to: string): Finding[] {
  const inside = (d?: string) => d !== undefined && d >= from && d <= to;
  return all.filter(
    (f) =>
      f.date === undefined ||
      inside(f.date) ||
      (f.dates ?? []).some(inside) ||
      (f.to !== undefined && f.date <= to && f.to >= from),
  );
}

const reasonRequired = () => badRequest('reason：班表发布后的修改必须填写原因', 'reason');

const rosterExists = (month: string, rosterId?: string) =>
  new AppError(
    'ROSTER_EXISTS',
    { month, generating: !rosterId },
    { field: 'month', details: rosterId ? { rosterId } : { generating: true } },
  );

/** A reservation left by a crashed process lapses after the longest solve and this margin. */
const RESERVATION_MARGIN_SECONDS = 60;

/** The monthly roster workflow: generate, adjust, re-solve, publish, amend. */
@Injectable()
export class RostersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(Roster) private readonly rosters: Repository<Roster>,
    @InjectRepository(RosterAssignment) private readonly assignments: Repository<RosterAssignment>,
    @InjectRepository(RosterVersion) private readonly versions: Repository<RosterVersion>,
    private readonly inputs: RosterInputsService,
    private readonly solver: RosterSolver,
    private readonly hooks: RosterHooks,
    private readonly leaders: LeadersService,
    private readonly units: UnitsService,
    private readonly clock: Clock,
    private readonly reservations: MonthReservations,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async generate(
    user: AuthUser,
    unitId: string,
    month: string,
    run: RosterRun = {},
  ): Promise<Solved<RosterView>> {
    assertUnitAccess(user, unitId);
    const existing = async () => {
      const found = await this.rosters.findOne({ where: { unitId, month } });
      if (found) throw rosterExists(month, found.id);
    };
    await existing();
    // The month is taken before the solve: concurrent requests get 409 at once, not a solve each.
    const seconds = this.config.SOLVER_TIME_LIMIT_SECONDS + RESERVATION_MARGIN_SECONDS;
    if (!(await this.reservations.take(unitId, month, seconds))) throw rosterExists(month);
    let id: string | undefined;
    try {
      // A roster written between the first look and the reservation.
      await existing();
      const { problem } = await this.inputs.context(unitId, month);
      const solved = await this.solve(problem, month, run);
      if (!solved.ok) return solved;
      const { duties, summary } = solved;
      id = await this.db.transaction(async (tx) => {
        const roster = await tx.getRepository(Roster).save(
          tx.getRepository(Roster).create({
            unitId,
            month,
            status: 'draft',
            version: 1,
            publishedVersion: 0,
            solver: summary,
          }),
        );
        await this.replaceUnpinned(tx, roster.id, duties);
        await this.log(tx, user, roster.id, 'generate', null, { solver: summary });
        await this.reservations.release(unitId, month, tx);
        await run.commit?.(tx, roster.id);
        return roster.id;
      });
    } finally {
      // Written: the roster's transaction gave the month back.
      if (id === undefined) await this.reservations.release(unitId, month);
    }
    return { ok: true, value: await this.get(user, id) };
  }

  async get(user: AuthUser, id: string): Promise<RosterView> {
    const roster = await this.load(user, id);
    return this.view(roster);
  }

  async list(user: AuthUser, unitId: string, month?: string) {
    assertUnitAccess(user, unitId);
    const rosters = await this.rosters.find({
      where: month ? { unitId, month } : { unitId },
      order: { month: 'DESC' },
    });
    return rosters.map((r) => ({
      id: r.id,
      unitId: r.unitId,
      month: r.month,
      status: r.status,
      version: r.version,
      publishedVersion: r.publishedVersion,
      updatedAt: r.updatedAt,
    }));
  }

  /** Pin/unpin, move or replace one duty; answers with the rules the roster now breaks. */
  async editAssignment(
    user: AuthUser,
    id: string,
    assignmentId: string,
    edit: AssignmentEdit,
  ): Promise<RosterView & { brokenRules: Finding[] }> {
    const change = await this.db.transaction(async (tx) => {
      const roster = await this.lockForChange(tx, user, id, edit.version);
      if (roster.publishedVersion > 0 && !edit.reason) throw reasonRequired();
      const repo = tx.getRepository(RosterAssignment);
      const row = await repo.findOne({ where: { id: assignmentId, rosterId: id } });
      if (!row) throw notFound('排班安排', assignmentId);
      const begun = await this.begunCheck(roster.unitId);
      refuseIfBegun(begun, row.date, row.session);
      if (edit.date !== undefined || edit.session !== undefined)
        refuseIfBegun(begun, edit.date ?? row.date, edit.session ?? row.session);
      if (edit.date !== undefined && !edit.date.startsWith(`${roster.month}-`)) {
        throw badRequest(`date：必须是 ${roster.month} 内的日期`, 'date');
      }
      if (edit.leaderId !== undefined) {
        const leaders = await this.leaders.forUnit(roster.unitId);
        if (!leaders.some((l) => l.id === edit.leaderId)) {
          throw badRequest('leaderId：本单位没有这位领导', 'leaderId');
        }
      }
      const before = { date: row.date, session: row.session, leaderId: row.leaderId };
      row.date = edit.date ?? row.date;
      row.session = edit.session ?? row.session;
      row.leaderId = edit.leaderId ?? row.leaderId;
      if (edit.pinned !== undefined) row.pinned = edit.pinned;
      const moved =
        before.date !== row.date ||
        before.session !== row.session ||
        before.leaderId !== row.leaderId;
      if (moved) {
        row.sequence += 1;
        // The new sitter (or the new slot) has not been confirmed yet.
        row.confirmedAt = null;
        row.confirmedVia = null;
      }
      // A published roster with pending edits waits for its next version.
      if (roster.status === 'published') roster.status = 'amending';
      try {
        await repo.save(row);
      } catch (err) {
        if (sqlStateOf(err) === '23505') throw conflict('该领导已安排在这个场次', 'leaderId');
        throw err;
      }
      await this.bump(tx, roster);
      await this.log(
        tx,
        user,
        id,
        moved ? 'move' : row.pinned ? 'pin' : 'unpin',
        edit.reason ?? null,
        {
          assignmentId,
          before,
          after: {
            date: row.date,
            session: row.session,
            leaderId: row.leaderId,
            pinned: row.pinned,
          },
        },
      );
      return { row, before };
    });
    const { row: edited, before } = change;
    const view = await this.get(user, id);
    // A leader's findings that reach a duty's date: their own duties' dates, or a range
    // (month, quarter, period) around it, or the whole horizon.
    const reaches = (f: Finding, leaderId: string, date: string) =>
      f.leaderId === leaderId &&
      (f.date === undefined ||
        f.dates?.includes(date) === true ||
        (f.to !== undefined && f.date <= date && date <= f.to));
    const brokenRules = view.findings.filter(
      (f) =>
        (f.date === edited.date && (f.session === undefined || f.session === edited.session)) ||
        reaches(f, edited.leaderId, edited.date) ||
        // The leader the duty was taken from may now fall short of a quota.
        (before.leaderId !== edited.leaderId && reaches(f, before.leaderId, before.date)),
    );
    return { ...view, brokenRules };
  }

  /** Re-plans every duty that is not pinned. */
  async resolve(
    user: AuthUser,
    id: string,
    version: number,
    run: RosterRun = {},
  ): Promise<Solved<RosterView>> {
    const roster = await this.load(user, id);
    if (roster.version !== version) throw versionConflict();
    const rows = await this.assignments.find({ where: { rosterId: id } });
    const { problem, begun } = await this.inputs.context(roster.unitId, roster.month, {
      pins: rows.filter((r) => r.pinned).map(toDuty),
    });
    const solved = await this.solve(problem, roster.month, run);
    if (!solved.ok) return solved;
    const { duties, summary } = solved;
    await this.db.transaction(async (tx) => {
      const locked = await this.lockForChange(tx, user, id, version);
      if (locked.publishedVersion > 0) locked.status = 'amending';
      locked.solver = summary;
      await this.replaceUnpinned(tx, id, duties, begun);
      await this.bump(tx, locked);
      await this.log(tx, user, id, 'solve', null, { solver: summary });
      await run.commit?.(tx, id);
    });
    return { ok: true, value: await this.get(user, id) };
  }

  /**
   * Freezes the current duties as published version N+1. Version N+1 needs a reason; without one,
   * the reasons given with each change since version N stand, so nobody is asked twice.
   */
  async publish(
    user: AuthUser,
    id: string,
    version: number,
    given: string | null,
  ): Promise<RosterView> {
    const roster = await this.load(user, id);
    if (roster.version !== version) throw versionConflict();
    if (roster.status === 'published') {
      throw conflict(`第 ${roster.publishedVersion} 版已发布，没有新的修改`);
    }
    const reason =
      given ?? (roster.publishedVersion > 0 ? await this.reasonsSincePublication(id) : null);
    if (roster.publishedVersion > 0 && !reason) throw reasonRequired();
    const errors = (await this.view(roster)).findings.filter((f) => f.severity === 'error');
    if (errors.length > 0) {
      throw new AppError(
        'ROSTER_HAS_ERRORS',
        `班表仍有 ${errors.length} 处不符合硬性规则，不能发布`,
        { details: { findings: errors } },
      );
    }
    await this.db.transaction(async (tx) => {
      const locked = await this.lockForChange(tx, user, id, version);
      await this.publishLocked(tx, user, locked, reason);
    });
    return this.get(user, id);
  }

  /**
   * Re-plans a published roster after life changed it (a leader dropped out): every change
   * against the published version costs, so only what must move moves; publishes N+1.
   */
  async amend(
    user: AuthUser,
    id: string,
    reason: string,
    run: RosterRun = {},
  ): Promise<Solved<RosterView & { changes: DutyChange[] }>> {
    const roster = await this.load(user, id);
    if (roster.publishedVersion === 0) throw conflict('班表尚未发布，请直接调整草稿后发布');
    const published = await this.versions.findOneOrFail({
      where: { rosterId: id, number: roster.publishedVersion },
    });
    const rows = await this.assignments.find({ where: { rosterId: id } });
    const { problem, begun } = await this.inputs.context(roster.unitId, roster.month, {
      pins: rows.filter((r) => r.pinned).map(toDuty),
      previous: published.duties.map(toDuty),
    });
    const solved = await this.solve(problem, roster.month, run);
    if (!solved.ok) return solved;
    const { duties, summary } = solved;
    const version = await this.db.transaction(async (tx) => {
      const locked = await this.lockForChange(tx, user, id, roster.version);
      locked.solver = summary;
      await this.replaceUnpinned(tx, id, duties, begun);
      await this.log(tx, user, id, 'amend', reason, { solver: summary });
      const published = await this.publishLocked(tx, user, locked, reason);
      await run.commit?.(tx, id);
      return published;
    });
    return { ok: true, value: { ...(await this.get(user, id)), changes: version.changes } };
  }

  /**
   * Hands published duties to other leaders and publishes version N+1 with `reason` in one
   * transaction (an approved leave or swap). Each move names the duty as the request saw it: a
   * duty that changed since, has begun, or a roster with unpublished draft edits is a 409; a move
   * that breaks a hard rule the roster did not break is a 422. `within` runs in the transaction
   * with the new version, so the request's own state commits with it.
   */
  async reassignAndPublish(
    user: AuthUser,
    rosterId: string,
    moves: ReadonlyArray<DutyMove>,
    reason: string,
    within?: (tx: EntityManager, version: RosterVersion) => Promise<void>,
  ): Promise<RosterVersion> {
    const roster = await this.load(user, rosterId);
    const rows = await this.assignmentsOf(rosterId);
    const ctx = await this.inputs.context(roster.unitId, roster.month, { forecast: false });
    const open = rows.filter((r) => !ctx.begun(r.date, r.session));
    const after = open.map((r) => {
      const move = moves.find((m) => m.assignmentId === r.id);
      return toAssignment(move ? { ...r, leaderId: move.leaderId } : r);
    });
    const names = new Map(ctx.leaders.map((l) => [l.id, l.name]));
    const errorKey = (f: Finding) => `${f.rule}|${f.date ?? ''}|${f.leaderId ?? ''}|${f.message}`;
    const before = new Set(
      findings(ctx.problem, open.map(toAssignment), names)
        .filter((f) => f.severity === 'error')
        .map(errorKey),
    );
    const broken = findings(ctx.problem, after, names).filter(
      (f) => f.severity === 'error' && !before.has(errorKey(f)),
    );
    if (broken.length > 0) {
      throw new AppError(
        'ROSTER_HAS_ERRORS',
        `这样调整会违反 ${broken.length} 条硬性规则，不能批准`,
        { details: { findings: broken } },
      );
    }
    return this.db.transaction(async (tx) => {
      const locked = await this.lockForChange(tx, user, rosterId, roster.version);
      if (locked.status !== 'published') {
        throw new AppError('ROSTER_HAS_DRAFT');
      }
      const repo = tx.getRepository(RosterAssignment);
      const begun = await this.begunCheck(locked.unitId);
      for (const move of moves) {
        const row = await repo.findOne({ where: { id: move.assignmentId, rosterId } });
        if (
          !row ||
          row.leaderId !== move.expect.leaderId ||
          row.date !== move.expect.date ||
          row.session !== move.expect.session
        ) {
          throw new AppError('DUTY_CHANGED');
        }
        refuseIfBegun(begun, row.date, row.session);
        const was = row.leaderId;
        row.leaderId = move.leaderId;
        row.sequence += 1;
        row.confirmedAt = null;
        row.confirmedVia = null;
        try {
          await repo.save(row);
        } catch (err) {
          if (sqlStateOf(err) === '23505') throw conflict('该领导已安排在这个场次', 'leaderId');
          throw err;
        }
        await this.log(tx, user, rosterId, 'move', reason, {
          assignmentId: row.id,
          before: { date: row.date, session: row.session, leaderId: was },
          after: { date: row.date, session: row.session, leaderId: row.leaderId },
        });
        await this.hooks.handedOver(tx, {
          unitId: locked.unitId,
          date: row.date,
          session: row.session,
          fromLeaderId: was,
          toLeaderId: row.leaderId,
          version: locked.publishedVersion + 1,
        });
      }
      const version = await this.publishLocked(tx, user, locked, reason);
      await within?.(tx, version);
      return version;
    });
  }

  /** The reasons of every change since the last publication, or null when one has none. */
  private async reasonsSincePublication(id: string): Promise<string | null> {
    const changes = await this.db.getRepository(RosterChange).find({
      where: { rosterId: id },
      order: { id: 'DESC' },
    });
    const last = changes.findIndex((c) => c.action === 'publish');
    const since = changes.slice(0, last < 0 ? changes.length : last).reverse();
    if (since.length === 0 || since.some((c) => !c.reason)) return null;
    return [...new Set(since.map((c) => c.reason!))].join('；');
  }

  async versionsOf(user: AuthUser, id: string) {
    await this.load(user, id);
    const versions = await this.versions.find({
      where: { rosterId: id },
      order: { number: 'ASC' },
    });
    return versions.map((v) => ({
      number: v.number,
      publishedAt: v.publishedAt,
      publishedByName: v.publishedByName,
      reason: v.reason,
      changes: v.changes,
    }));
  }

  /** Who changed the roster, how and why, oldest first. */
  async changesOf(user: AuthUser, id: string) {
    await this.load(user, id);
    const rows = await this.db.getRepository(RosterChange).find({
      where: { rosterId: id },
      order: { id: 'ASC' },
    });
    return rows.map((c) => ({
      at: c.at,
      username: c.username,
      action: c.action,
      reason: c.reason,
      detail: c.detail,
    }));
  }

  async diff(user: AuthUser, id: string, from: number, to: number) {
    await this.load(user, id);
    const duties = async (n: number): Promise<DutySnapshot[]> => {
      if (n === 0) return [];
      const v = await this.versions.findOne({ where: { rosterId: id, number: n } });
      if (!v) throw notFound('排班版本', String(n));
      return v.duties;
    };
    return { from, to, changes: diffDuties(await duties(from), await duties(to)) };
  }

  /**
   * The latest published version of each month between two dates (feeds, reminders, matching):
   * reception sessions and on-call duties (matching keeps to sessions, see isReception).
   */
  async publishedDuties(unitId: string, from: string, to: string): Promise<PublishedDuty[]> {
    const rosters = await this.rosters.find({
      where: {
        unitId,
        month: Between(from.slice(0, 7), to.slice(0, 7)),
        publishedVersion: MoreThan(0),
      },
    });
    if (rosters.length === 0) return [];
    const versions = await this.versions.find({
      where: rosters.map((r) => ({ rosterId: r.id, number: r.publishedVersion })),
    });
    const result: PublishedDuty[] = [];
    for (const v of versions) {
      const roster = rosters.find((r) => r.id === v.rosterId)!;
      for (const d of v.duties) {
        if (d.date >= from && d.date <= to) result.push(toPublished(roster, v.number, d));
      }
    }
    return result.sort(
      (a, b) => a.date.localeCompare(b.date) || a.session.localeCompare(b.session),
    );
  }

  /** A roster without a caller's scope (the caller checked it). */
  async byId(id: string): Promise<Roster> {
    const roster = await this.rosters.findOne({ where: { id } });
    if (!roster) throw notFound('排班', id);
    return roster;
  }

  async load(user: AuthUser, id: string): Promise<Roster> {
    const roster = await this.byId(id);
    assertUnitAccess(user, roster.unitId);
    return roster;
  }

  async assignmentsOf(rosterId: string): Promise<RosterAssignment[]> {
    return this.assignments.find({
      where: { rosterId },
      order: { date: 'ASC', session: 'ASC' },
    });
  }

  /** One duty row by its id, without a caller's scope (the caller checks the roster's unit). */
  async assignmentById(id: string): Promise<RosterAssignment | null> {
    return this.assignments.findOne({ where: { id } });
  }

  async publishedVersion(rosterId: string, number: number): Promise<RosterVersion | null> {
    return this.versions.findOne({ where: { rosterId, number } });
  }

  private async view(roster: Roster): Promise<RosterView> {
    const rows = await this.assignmentsOf(roster.id);
    const ctx = await this.inputs.context(roster.unitId, roster.month, { forecast: false });
    const names = new Map(ctx.leaders.map((l) => [l.id, l.name]));
    // Begun sessions are fixed duties of the problem (as last published); the rest is the draft.
    const open = rows.filter((r) => !ctx.begun(r.date, r.session)).map(toAssignment);
    const { from, to } = monthBounds(roster.month);
    return toView(roster, rows, findingsWithin(findings(ctx.problem, open, names), from, to));
  }

  private async begunCheck(unitId: string) {
    return begunAt(await this.units.byId(unitId), this.clock.now());
  }

  /** The month's duties as the solver planned them, or why it planned none. */
  private async solve(
    problem: Problem,
    month: string,
    run: SolveRun,
  ): Promise<{ ok: true; duties: Duty[]; summary: SolverSummary } | SolveRefusal> {
    let result;
    try {
      result = await this.solver.solve(problem, run);
    } catch (err) {
      if (err instanceof SolveAbortedError) return { ok: false, reason: 'cancelled' };
      throw err;
    }
    const summary: SolverSummary = {
      status: result.status,
      objective: result.objective,
      bound: result.bound,
      seconds: Math.round(result.seconds * 1000) / 1000,
    };
    switch (result.status) {
      case 'optimal':
      case 'feasible':
        // The months planned alongside are a forecast that proves them still feasible: only the
        // month itself is kept.
        return {
          ok: true,
          summary,
          duties: result.assignments
            .filter((a) => a.date.startsWith(`${month}-`))
            .map((a) => ({ date: a.date, session: a.shift as Session, leaderId: a.personId })),
        };
      case 'infeasible':
        return { ok: false, reason: 'infeasible', diagnosis: result.diagnosis ?? [] };
      case 'timeout':
        return { ok: false, reason: 'timeout' };
      case 'error':
        throw new Error(`solver error: ${result.message ?? 'unknown'}`);
    }
  }

  /**
   * Keeps pinned rows, rows of sessions that have begun, and rows the new plan keeps (their ids,
   * hence feed UIDs, stay stable); replaces the rest with the plan.
   */
  private async replaceUnpinned(
    tx: EntityManager,
    rosterId: string,
    duties: Duty[],
    begun: (date: string, code: Session) => boolean = () => false,
  ) {
    const repo = tx.getRepository(RosterAssignment);
    const current = await repo.find({ where: { rosterId } });
    const key = (d: Duty) => `${d.date}|${d.session}|${d.leaderId}`;
    const wanted = new Set(duties.map(key));
    const have = new Set(current.map(key));
    const stale = current.filter(
      (a) => !a.pinned && !begun(a.date, a.session) && !wanted.has(key(a)),
    );
    if (stale.length > 0) await repo.delete(stale.map((a) => a.id));
    const fresh = duties.filter((d) => !have.has(key(d)));
    if (fresh.length > 0) {
      await repo.insert(
        fresh.map((d) => ({ rosterId, date: d.date, session: d.session, leaderId: d.leaderId })),
      );
    }
  }

  private async publishLocked(
    tx: EntityManager,
    user: AuthUser,
    roster: Roster,
    reason: string | null,
  ): Promise<RosterVersion> {
    const versions = tx.getRepository(RosterVersion);
    const previous =
      roster.publishedVersion > 0
        ? await versions.findOneOrFail({
            where: { rosterId: roster.id, number: roster.publishedVersion },
          })
        : undefined;
    if (previous) await this.keepHistory(tx, roster, previous.duties);
    const rows = await tx.getRepository(RosterAssignment).find({ where: { rosterId: roster.id } });
    const duties = toSnapshot(rows);
    const number = roster.publishedVersion + 1;
    const version = await versions.save(
      versions.create({
        rosterId: roster.id,
        number,
        publishedAt: this.clock.now(),
        publishedBy: user.id,
        publishedByName: user.username,
        reason,
        duties,
        changes: diffDuties(previous?.duties ?? [], duties),
      }),
    );
    roster.publishedVersion = number;
    roster.status = 'published';
    await this.bump(tx, roster);
    await this.log(tx, user, roster.id, 'publish', reason, {
      version: number,
      changes: version.changes.length,
    });
    await this.hooks.published(tx, {
      unitId: roster.unitId,
      rosterId: roster.id,
      month: roster.month,
      version: number,
      duties: duties.map((d) => toPublished(roster, number, d)),
      changes: version.changes,
      byUserId: user.id,
      reason,
    });
    return version;
  }

  /**
   * Sessions that have begun stay as last published: a draft edit made before a session began
   * but published after it is dropped, so no version rewrites what was on record.
   */
  private async keepHistory(tx: EntityManager, roster: Roster, published: DutySnapshot[]) {
    const begun = await this.begunCheck(roster.unitId);
    const repo = tx.getRepository(RosterAssignment);
    const rows = await repo.find({ where: { rosterId: roster.id } });
    const was = new Set(published.filter((d) => begun(d.date, d.session)).map(dutyKey));
    const stale = rows.filter((r) => begun(r.date, r.session) && !was.has(dutyKey(r)));
    if (stale.length > 0) await repo.delete(stale.map((r) => r.id));
    const have = new Set(rows.map(dutyKey));
    const lost = published.filter((d) => begun(d.date, d.session) && !have.has(dutyKey(d)));
    if (lost.length > 0)
      await repo.insert(
        lost.map((d) => ({
          rosterId: roster.id,
          date: d.date,
          session: d.session,
          leaderId: d.leaderId,
          sequence: d.sequence,
        })),
      );
  }

  private async lockForChange(
    tx: EntityManager,
    user: AuthUser,
    id: string,
    version: number,
  ): Promise<Roster> {
    const roster = await tx
      .getRepository(Roster)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!roster) throw notFound('排班', id);
    assertUnitAccess(user, roster.unitId);
    if (roster.version !== version) throw versionConflict();
    return roster;
  }

  /** Every change moves the optimistic-lock counter, so a client holding an old one gets 409. */
  private async bump(tx: EntityManager, roster: Roster): Promise<void> {
    roster.version += 1;
    await tx.getRepository(Roster).save(roster);
  }

  private async log(
    tx: EntityManager,
    user: AuthUser,
    rosterId: string,
    action: string,
    reason: string | null,
    detail: Record<string, unknown>,
  ): Promise<void> {
    const changes = tx.getRepository(RosterChange);
    await changes.save(
      changes.create({
        rosterId,
        userId: user.id,
        username: user.username,
        action,
        reason,
        detail,
      }),
    );
  }
}

function toPublished(roster: Roster, version: number, d: DutySnapshot): PublishedDuty {
  return {
    assignmentId: d.assignmentId,
    rosterId: roster.id,
    month: roster.month,
    version,
    date: d.date,
    session: d.session,
    leaderId: d.leaderId,
    sequence: d.sequence,
    updatedAt: new Date(d.updatedAt),
  };
}
