import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SessionCode } from '../calendar/special-period.entity.js';
import type { DutyChange } from './roster-version.entity.js';

/** A change of a reception duty (on-call duties are not reception sessions). */
export type ReceptionChange = DutyChange & { session: SessionCode };

export const isReception = <T extends { session: string }>(
  d: T,
): d is T & { session: SessionCode } => d.session !== 'CALL';

/** A reception duty of a published roster version, as feeds, reminders and matching see it. */
export interface PublishedDuty {
  assignmentId: string;
  rosterId: string;
  month: string;
  version: number;
  date: string;
  session: 'AM' | 'PM';
  leaderId: string;
  sequence: number;
  updatedAt: Date;
}

export interface RosterPublishedEvent {
  unitId: string;
  rosterId: string;
  month: string;
  version: number;
  /** Reception duties of the version (on-call duties are not part of the event yet). */
  duties: PublishedDuty[];
  changes: ReceptionChange[];
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
