import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { LeadersService } from '../org/index.js';
import type { DutyHandover, SeatAppointment } from '../roster/index.js';
import { AppointmentSync } from './appointment-sync.js';
import { Appointment } from './appointment.entity.js';
import { eligibleLeaders } from './eligibility.js';
import { PriorityCase } from './priority-case.entity.js';

/** Appointments still heading for their session (a proposal, or a booking). */
const ON_SESSION = ['proposed', 'scheduled'] as const;

const restricted = (c: Pick<PriorityCase, 'routing' | 'flags'>) =>
  c.routing === 'restricted' || c.flags?.accusation === true;

/**
 * A duty changing hands (an approved leave or swap): the appointments booked on it whose case the
 * new leader's portfolio covers stay on the session with that leader; the rest are left for the
 * publication to re-propose (roster-amendments.ts). Also what substitute proposals show of it.
 */
@Injectable()
export class SeatHandover {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly leaders: LeadersService,
    private readonly sync: AppointmentSync,
  ) {}

  private async onSeat(
    runner: EntityManager,
    unitId: string,
    seat: { date: string; session: string; leaderId: string },
  ) {
    if (seat.session === 'CALL') return [];
    const appointments = await runner.getRepository(Appointment).find({
      where: {
        unitId,
        date: seat.date,
        session: seat.session as 'AM' | 'PM',
        leaderId: seat.leaderId,
        status: In([...ON_SESSION]),
      },
    });
    if (appointments.length === 0) return [];
    const cases = await runner
      .getRepository(PriorityCase)
      .find({ where: { id: In(appointments.map((a) => a.caseId)) } });
    const byId = new Map(cases.map((c) => [c.id, c]));
    return appointments.map((a) => ({ a, c: byId.get(a.caseId)! }));
  }

  async read(
    unitId: string,
    seat: { date: string; session: string; leaderId: string },
  ): Promise<SeatAppointment[]> {
    const leaders = await this.leaders.forUnit(unitId);
    return (await this.onSeat(this.db.manager, unitId, seat))
      .filter(({ c }) => !restricted(c))
      .map(({ a, c }) => ({
        caseCode: c.reference,
        status: a.status,
        eligibleLeaderIds: eligibleLeaders(c, leaders).map((l) => l.id),
        receiveBefore: c.receiveBefore,
      }));
  }

  async handOver(tx: EntityManager, h: DutyHandover): Promise<void> {
    const leaders = await this.leaders.forUnit(h.unitId);
    const to = leaders.find((l) => l.id === h.toLeaderId);
    const found = await this.onSeat(tx, h.unitId, {
      date: h.date,
      session: h.session,
      leaderId: h.fromLeaderId,
    });
    const staying = found.filter(({ c }) =>
      eligibleLeaders(c, leaders).some((l) => l.id === h.toLeaderId),
    );
    if (staying.length === 0) return;
    const repo = tx.getRepository(Appointment);
    for (const { a, c } of staying) {
      a.leaderId = h.toLeaderId;
      a.note = `排班第 ${h.version} 版由${to?.name ?? ''}接替该场次，约访保留`;
      await repo.save(a);
      // Same time and place: departments hear nothing new; reminders follow the publication.
      await this.sync.proposalChanged(tx, a, c, '接访领导已调整');
    }
    await this.sync.sessionsChanged(
      tx,
      h.unitId,
      [
        { date: h.date, session: h.session as 'AM' | 'PM', leaderId: h.fromLeaderId },
        { date: h.date, session: h.session as 'AM' | 'PM', leaderId: h.toLeaderId },
      ],
      { dutyReminders: false },
    );
  }
}
