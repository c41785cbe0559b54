import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DutyCode, SessionCode } from '../calendar/special-period.entity.js';
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

export interface RosterHook {
  onPublished?(tx: EntityManager, event: RosterPublishedEvent): Promise<void>;
}

/**
 * Lets other modules react to a publication inside its transaction (plan reminders, re-propose
 * appointments), so their rows commit or roll back together with the new version.
 */
@Injectable()
export class RosterHooks {
  private readonly hooks: RosterHook[] = [];

  register(hook: RosterHook): void {
    this.hooks.push(hook);
  }

  async published(tx: EntityManager, event: RosterPublishedEvent): Promise<void> {
    for (const hook of this.hooks) await hook.onPublished?.(tx, event);
  }
}
