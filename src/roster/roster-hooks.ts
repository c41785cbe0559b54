import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DutyChange } from './roster-version.entity.js';

/** A duty of a published roster version, as feeds, reminders and matching see it. */
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
