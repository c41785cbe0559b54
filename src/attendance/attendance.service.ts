import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { Between, type DataSource, type Repository } from 'typeorm';
import { assertUnitAccess, AuditService, type AuthUser } from '../auth/index.js';
import type { DutyCode } from '../calendar/index.js';
import { AppError, badRequest } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { LeadersService, UnitsService } from '../org/index.js';
import { ConfirmationsService, dutyStart, RostersService } from '../roster/index.js';
import { AttendanceHooks } from './attendance-hooks.js';
import { type AttendanceStatus, DutyAttendance } from './attendance.entity.js';
import type { AttendanceInput } from './attendance.schemas.js';

/** One duty of the record: as planned, and what happened (or `unrecorded` while nobody said). */
export interface DutyRecord {
  date: string;
  session: DutyCode;
  plannedLeaderId: string;
  status: AttendanceStatus | 'unrecorded';
  /** Who sat: the record's leader; while unrecorded, the planned leader is assumed. */
  satLeaderId: string | null;
  reason: string | null;
  demo: boolean;
  /** The planned leader confirmed the duty (确认出席) before it began. */
  confirmed: boolean;
}

export interface DutyRecordView extends DutyRecord {
  plannedLeaderName: string;
  satLeaderName: string | null;
  begun: boolean;
}

const monthBounds = (month: string) => {
  const start = DateTime.fromISO(`${month}-01`);
  return { from: start.toISODate()!, to: start.endOf('month').toISODate()! };
};

/**
 * 到岗 / 代班 / 缺席 per duty of the published plan, recorded once the session has begun. A begun
 * session is history that planning never changes (session-start.ts); this record is the one
 * thing that says what happened there, and the figures for reports are read from it.
 */
@Injectable()
export class AttendanceService {
  constructor(
    @InjectRepository(DutyAttendance) private readonly repo: Repository<DutyAttendance>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly rosters: RostersService,
    private readonly units: UnitsService,
    private readonly leaders: LeadersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly hooks: AttendanceHooks,
    private readonly confirmations: ConfirmationsService,
  ) {}

  async record(user: AuthUser, unitId: string, input: AttendanceInput): Promise<DutyRecordView> {
    assertUnitAccess(user, unitId);
    const unit = await this.units.byId(unitId);
    if (dutyStart(unit, input.date, input.session).getTime() > this.clock.now().getTime()) {
      throw new AppError(
        'SESSION_NOT_BEGUN',
        `${input.date} ${input.session} 的坐班尚未开始，开始后才能登记到岗情况`,
        { field: 'date' },
      );
    }
    const planned = (await this.rosters.publishedDuties(unitId, input.date, input.date)).filter(
      (d) => d.session === input.session,
    );
    if (!planned.some((d) => d.leaderId === input.leaderId)) {
      throw new AppError('NOT_ON_PLAN', undefined, { field: 'leaderId' });
    }
    let satLeaderId: string | null = input.status === 'absent' ? null : input.leaderId;
    if (input.status === 'substituted') {
      const sub = input.substituteLeaderId!;
      const leader = (await this.leaders.forUnit(unitId)).find((l) => l.id === sub);
      if (!leader) {
        throw badRequest('substituteLeaderId：代班领导不是本单位的领导', 'substituteLeaderId');
      }
      if (planned.some((d) => d.leaderId === sub)) {
        throw badRequest(
          'substituteLeaderId：代班领导本来就在这一场次上，不能代替他人',
          'substituteLeaderId',
        );
      }
      satLeaderId = sub;
    }
    await this.db.transaction(async (tx) => {
      const repo = tx.getRepository(DutyAttendance);
      const key = {
        unitId,
        date: input.date,
        session: input.session,
        plannedLeaderId: input.leaderId,
      };
      const before = await repo.findOne({ where: key, lock: { mode: 'pessimistic_write' } });
      const row = before ?? repo.create({ ...key, demo: false });
      row.status = input.status;
      row.satLeaderId = satLeaderId;
      row.reason = input.reason ?? null;
      row.recordedBy = user.id;
      const saved = await repo.save(row);
      await this.hooks.recorded(tx, { ...key, satLeaderId });
      await this.audit.record(
        {
          user,
          action: 'attendance.record',
          entityType: 'duty_attendance',
          entityId: saved.id,
          detail: {
            date: input.date,
            session: input.session,
            from: before?.status ?? null,
            to: input.status,
            satLeaderId,
          },
        },
        tx,
      );
    });
    return (await this.month(user, unitId, input.date.slice(0, 7))).find(
      (d) =>
        d.date === input.date &&
        d.session === input.session &&
        d.plannedLeaderId === input.leaderId,
    )!;
  }

  /** Every duty of a month (published plan, then attendance), with names, for the page. */
  async month(user: AuthUser, unitId: string, month: string): Promise<DutyRecordView[]> {
    assertUnitAccess(user, unitId);
    const { from, to } = monthBounds(month);
    const unit = await this.units.byId(unitId);
    const now = this.clock.now().getTime();
    const names = new Map((await this.leaders.forUnit(unitId)).map((l) => [l.id, l.name]));
    const rows = await this.duties(unitId, from, to, true);
    return rows.map((r) => ({
      ...r,
      plannedLeaderName: names.get(r.plannedLeaderId) ?? '',
      satLeaderName: r.satLeaderId ? (names.get(r.satLeaderId) ?? '') : null,
      begun: dutyStart(unit, r.date, r.session).getTime() <= now,
    }));
  }

  /**
   * The record of the duties between two dates: each attendance row, and each duty of the
   * published plan nobody recorded yet (`unrecorded`, the planned leader assumed to sit). Only
   * duties that have begun, unless `all`.
   */
  async duties(unitId: string, from: string, to: string, all = false): Promise<DutyRecord[]> {
    const unit = await this.units.byId(unitId);
    const now = this.clock.now().getTime();
    const [plan, recorded] = await Promise.all([
      this.rosters.publishedDuties(unitId, from, to),
      this.repo.find({ where: { unitId, date: Between(from, to) } }),
    ]);
    const key = (d: { date: string; session: string }, leaderId: string) =>
      `${d.date}|${d.session}|${leaderId}`;
    // Confirmed by the leader the published plan names (a confirmation moves with no duty).
    const confirmed = new Set(
      (await this.confirmations.confirmationsOf(plan.map((d) => d.assignmentId)))
        .filter((c) => c.confirmedAt !== null)
        .map((c) => key(c, c.leaderId)),
    );
    const seen = new Set(recorded.map((r) => key(r, r.plannedLeaderId)));
    const out: DutyRecord[] = recorded.map((r) => ({
      date: r.date,
      session: r.session,
      plannedLeaderId: r.plannedLeaderId,
      status: r.status,
      satLeaderId: r.satLeaderId,
      reason: r.reason,
      demo: r.demo,
      confirmed: confirmed.has(key(r, r.plannedLeaderId)),
    }));
    for (const d of plan) {
      if (seen.has(key(d, d.leaderId))) continue;
      if (!all && dutyStart(unit, d.date, d.session).getTime() > now) continue;
      out.push({
        date: d.date,
        session: d.session,
        plannedLeaderId: d.leaderId,
        status: 'unrecorded',
        satLeaderId: d.leaderId,
        reason: null,
        demo: false,
        confirmed: confirmed.has(key(d, d.leaderId)),
      });
    }
    return out.sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        a.session.localeCompare(b.session) ||
        a.plannedLeaderId.localeCompare(b.plannedLeaderId),
    );
  }

  /** The leaders who sat (or, unrecorded, are planned to sit) a session. */
  async sitting(unitId: string, date: string, session: DutyCode): Promise<string[]> {
    const rows = await this.duties(unitId, date, date, true);
    return rows.filter((r) => r.session === session && r.satLeaderId).map((r) => r.satLeaderId!);
  }

  /**
   * The leader who actually sat in place of a planned one: the substitute when a 代班 was
   * recorded, the planned leader otherwise (also while unrecorded, or when none was recorded as
   * absent: a reception held proves someone received).
   */
  async satFor(
    unitId: string,
    date: string,
    session: DutyCode,
    plannedLeaderId: string,
  ): Promise<string> {
    const row = await this.repo.findOne({ where: { unitId, date, session, plannedLeaderId } });
    return row?.satLeaderId ?? plannedLeaderId;
  }
}
