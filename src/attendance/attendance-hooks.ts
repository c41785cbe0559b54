import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DutyCode } from '../calendar/index.js';

export interface AttendanceRecordedEvent {
  unitId: string;
  date: string;
  session: DutyCode;
  plannedLeaderId: string;
  /** Who sat: the planned leader, a substitute, or null (absent). */
  satLeaderId: string | null;
}

/**
 * Lets modules that depend on attendance follow a record in the same transaction without the
 * attendance module importing them (appointments re-link their reception records).
 */
@Injectable()
export class AttendanceHooks {
  private readonly handlers: Array<
    (tx: EntityManager, e: AttendanceRecordedEvent) => Promise<void>
  > = [];

  register(handler: (tx: EntityManager, e: AttendanceRecordedEvent) => Promise<void>): void {
    this.handlers.push(handler);
  }

  async recorded(tx: EntityManager, e: AttendanceRecordedEvent): Promise<void> {
    for (const h of this.handlers) await h(tx, e);
  }
}
