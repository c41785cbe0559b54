import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { assertUnitAccess, type AuthUser } from '../auth/index.js';
import { CalendarService, type DutyCode } from '../calendar/index.js';
import { addDays } from '../common/dates.js';
import { AppError, conflict, forbidden, notFound } from '../common/app-error.js';
import { Clock, chinaDate } from '../common/clock.js';
import { type AppConfig, InjectConfig } from '../config/index.js';
import { LeadersService, type Unit, UnitsService } from '../org/index.js';
import { confirmKey, readConfirmToken, signConfirmToken } from './confirm-link.js';
import { DUTY_NAMES } from './problem-builder.js';
import { RosterAssignment } from './roster-assignment.entity.js';
import { RostersService } from './rosters.service.js';
import { dutyStart } from './session-start.js';

/** Every refusal of a link looks the same: it must not tell which check failed or whose it is. */
export const linkRefused = () => new AppError('CONFIRM_LINK_INVALID');

/** One duty's confirmation state, as the page, 两办's list and the statistics read it. */
export interface DutyConfirmation {
  assignmentId: string;
  rosterId: string;
  date: string;
  session: DutyCode;
  leaderId: string;
  confirmedAt: Date | null;
  confirmedVia: string | null;
}

const toConfirmation = (r: RosterAssignment): DutyConfirmation => ({
  assignmentId: r.id,
  rosterId: r.rosterId,
  date: r.date,
  session: r.session,
  leaderId: r.leaderId,
  confirmedAt: r.confirmedAt ?? null,
  confirmedVia: r.confirmedVia ?? null,
});

/** 确认出席: leaders confirm their published duties from the page or the reminder's link. */
@Injectable()
export class ConfirmationsService {
  private readonly key: Buffer;
  private readonly baseUrl: string;

  constructor(
    @InjectRepository(RosterAssignment) private readonly assignments: Repository<RosterAssignment>,
    private readonly rosters: RostersService,
    private readonly units: UnitsService,
    private readonly leaders: LeadersService,
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
    @InjectConfig() config: AppConfig,
  ) {
    if (!config.JWT_SECRET) throw new Error('JWT_SECRET is needed to sign confirmation links');
    this.key = confirmKey(config.JWT_SECRET);
    this.baseUrl = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
  }

  /** The one-click link of a duty's day-before reminder (valid until its session begins). */
  link(
    unit: Pick<Unit, 'sessionTemplates'>,
    duty: {
      assignmentId: string;
      leaderId: string;
      sequence: number;
      date: string;
      session: DutyCode;
    },
  ): string {
    const expires = Math.floor(dutyStart(unit, duty.date, duty.session).getTime() / 1000);
    const token = signConfirmToken(this.key, duty.assignmentId, {
      leaderId: duty.leaderId,
      sequence: duty.sequence,
      expires,
    });
    return `${this.baseUrl}/api/v1/duty-confirmations/${duty.assignmentId}?t=${token}`;
  }

  /**
   * The duty a link would confirm, checked but not confirmed (the page behind the link shows a
   * button: mail scanners that open links must not confirm anything).
   */
  async peek(assignmentId: string, token: string) {
    const row = await this.checkLink(assignmentId, token);
    return { date: row.date, session: row.session };
  }

  /** Confirms through a link: once, before the session, for the leader it was sent to. */
  async confirmByLink(assignmentId: string, token: string) {
    const row = await this.checkLink(assignmentId, token);
    // Conditional on what was checked: a concurrent click or change leaves nothing to update.
    const result = await this.assignments
      .createQueryBuilder()
      .update(RosterAssignment)
      .set({ confirmedAt: this.clock.now(), confirmedVia: 'link' })
      .where('id = :id AND leader_id = :leader AND sequence = :seq AND confirmed_at IS NULL', {
        id: row.id,
        leader: row.leaderId,
        seq: row.sequence,
      })
      .execute();
    if (!result.affected) throw linkRefused();
    return { confirmed: true, date: row.date, session: row.session };
  }

  private async checkLink(assignmentId: string, token: string): Promise<RosterAssignment> {
    const claim = readConfirmToken(this.key, assignmentId, token);
    if (!claim) throw linkRefused();
    const now = this.clock.now();
    if (now.getTime() >= claim.expires * 1000) throw linkRefused();
    const row = await this.assignments.findOne({ where: { id: assignmentId } });
    if (!row || row.leaderId !== claim.leaderId || row.sequence !== claim.sequence)
      throw linkRefused();
    if (row.confirmedAt) throw linkRefused();
    const roster = await this.rosters.byId(row.rosterId);
    const unit = await this.units.byId(roster.unitId);
    if (roster.publishedVersion === 0 || dutyStart(unit, row.date, row.session) <= now)
      throw linkRefused();
    return row;
  }

  /**
   * The page's button: the leader's account (leader or secretary) confirms its own duty; 两办
   * records a confirmation given by phone. Confirming again changes nothing.
   */
  async confirmByUser(user: AuthUser, rosterId: string, assignmentId: string) {
    const roster = await this.rosters.load(user, rosterId);
    const row = await this.assignments.findOne({ where: { id: assignmentId, rosterId } });
    if (!row) throw notFound('排班安排', assignmentId);
    if (user.role === 'leader' && user.leaderId !== row.leaderId)
      throw forbidden('只能确认本人的接访安排');
    if (roster.publishedVersion === 0) throw conflict('班表尚未发布，无需确认');
    const unit = await this.units.byId(roster.unitId);
    if (dutyStart(unit, row.date, row.session) <= this.clock.now()) {
      throw new AppError(
        'SESSION_BEGUN',
        `${row.date} ${DUTY_NAMES[row.session]}的接访已开始，不能再确认；实际出席情况请登记考勤`,
      );
    }
    if (!row.confirmedAt) {
      row.confirmedAt = this.clock.now();
      row.confirmedVia = `page:${user.username}`;
      await this.assignments.update(
        { id: row.id, leaderId: row.leaderId, sequence: row.sequence },
        { confirmedAt: row.confirmedAt, confirmedVia: row.confirmedVia },
      );
    }
    return toConfirmation(row);
  }

  /** Confirmation state of the given duties (for statistics and attendance: "confirmed"). */
  async confirmationsOf(assignmentIds: readonly string[]): Promise<DutyConfirmation[]> {
    if (assignmentIds.length === 0) return [];
    const rows = await this.assignments.find({ where: { id: In([...assignmentIds]) } });
    return rows.map(toConfirmation);
  }

  /**
   * Published duties from now to the end of the `workingDays`-th working day after today that
   * nobody has confirmed yet and that have not begun (for 两办, and the second reminder).
   */
  async unconfirmedFor(unitId: string, workingDays = 2) {
    const unit = await this.units.byId(unitId);
    const now = this.clock.now();
    const today = chinaDate(now);
    const ahead = (await this.daysAhead(unitId, today))
      .filter((d) => d.working)
      .slice(0, workingDays);
    const to = ahead.at(-1)?.date ?? today;
    const duties = (await this.rosters.publishedDuties(unitId, today, to)).filter(
      (d) => dutyStart(unit, d.date, d.session) > now,
    );
    const rows = new Map(
      (await this.confirmationsOf(duties.map((d) => d.assignmentId))).map((c) => [
        c.assignmentId,
        c,
      ]),
    );
    const names = new Map((await this.leaders.forUnit(unitId)).map((l) => [l.id, l]));
    return duties
      .filter((d) => {
        const row = rows.get(d.assignmentId);
        // Confirmed by the leader who sits it in the published version.
        return !row?.confirmedAt || row.leaderId !== d.leaderId;
      })
      .map((d) => ({
        assignmentId: d.assignmentId,
        rosterId: d.rosterId,
        date: d.date,
        session: d.session,
        leaderId: d.leaderId,
        leaderName: names.get(d.leaderId)?.name ?? '',
        sequence: d.sequence,
      }));
  }

  /**
   * The next two weeks of the calendar; near the year's end, when next year's holidays are not
   * published yet, the rest of this year (the list is short then, not refused).
   */
  private async daysAhead(unitId: string, today: string) {
    try {
      return await this.calendar.days(unitId, addDays(today, 1), addDays(today, 14));
    } catch (err) {
      const yearEnd = `${today.slice(0, 4)}-12-31`;
      // 31 December with next year unknown: only today's duties are certain.
      if (today >= yearEnd) return [];
      try {
        return await this.calendar.days(unitId, addDays(today, 1), yearEnd);
      } catch {
        throw err;
      }
    }
  }

  async unconfirmed(user: AuthUser, unitId: string, workingDays = 2) {
    assertUnitAccess(user, unitId);
    return { unitId, workingDays, duties: await this.unconfirmedFor(unitId, workingDays) };
  }
}
