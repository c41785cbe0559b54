import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DutyCode, SessionCode } from '../calendar/index.js';
import type { DutyChange } from './roster-version.entity.js';

/** Reception sessions only: appointments are booked on these, never on an on-call duty. */
export const isReception = <T extends { session: string }>(
  d: T,
): d is T & { session: SessionCode } => d.session !== 'CALL';

/**
 * A duty of a published roster version, as feeds, reminders and matching see it: a reception
 * session (AM/PM) or a special-period day's 24-hour on-call duty (CALL).
 */
export interface PublishedDuty {
  assignmentId: string;
  rosterId: string;
  month: string;
  version: number;
  date: string;
  session: DutyCode;
  leaderId: string;
  sequence: number;
  updatedAt: Date;
}

export interface RosterPublishedEvent {
  unitId: string;
  rosterId: string;
  month: string;
  version: number;
  /** Every duty of the version, on-call duties included. */
  duties: PublishedDuty[];
  changes: DutyChange[];
  byUserId: string;
  reason: string | null;
}

/** A duty handed to another leader on the same session (an approved leave or swap). */
export interface DutyHandover {
  unitId: string;
  date: string;
  session: DutyCode;
  fromLeaderId: string;
  toLeaderId: string;
  /** The version about to be published with it. */
  version: number;
}

/**
 * A priority appointment booked on a duty, as a substitute proposal weighs it: who may receive
 * its case and by when. Never a restricted (纪检监察/检举控告) case, never petitioner data.
 */
export interface SeatAppointment {
  caseCode: string;
  status: string;
  eligibleLeaderIds: string[];
  receiveBefore: string | null;
}

export type SeatAppointmentsReader = (
  unitId: string,
  seat: { date: string; session: DutyCode; leaderId: string },
) => Promise<SeatAppointment[]>;

export interface RosterHook {
  onPublished?(tx: EntityManager, event: RosterPublishedEvent): Promise<void>;
  /**
   * Before the publication that hands a duty over, in its transaction: appointments the new
   * leader may receive stay on the session (the publication then re-proposes the rest).
   */
  onHandover?(tx: EntityManager, handover: DutyHandover): Promise<void>;
}

/**
 * Lets other modules react to a publication inside its transaction (plan reminders, re-propose
 * appointments), so their rows commit or roll back together with the new version.
 */
@Injectable()
export class RosterHooks {
  private readonly hooks: RosterHook[] = [];
  private seatReader: SeatAppointmentsReader | null = null;

  register(hook: RosterHook): void {
    this.hooks.push(hook);
  }

  /** The appointments module tells substitute proposals what is booked on a duty. */
  registerSeatAppointments(reader: SeatAppointmentsReader): void {
    this.seatReader = reader;
  }

  seatAppointments: SeatAppointmentsReader = (unitId, seat) =>
    this.seatReader ? this.seatReader(unitId, seat) : Promise.resolve([]);

  async handedOver(tx: EntityManager, handover: DutyHandover): Promise<void> {
    for (const hook of this.hooks) await hook.onHandover?.(tx, handover);
  }

  async published(tx: EntityManager, event: RosterPublishedEvent): Promise<void> {
    for (const hook of this.hooks) await hook.onPublished?.(tx, event);
  }
}
