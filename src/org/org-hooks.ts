import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface LeaderDeactivatedEvent {
  unitId: string;
  leaderId: string;
}

export interface DepartmentDeactivatedEvent {
  unitId: string;
  departmentId: string;
}

export interface OrgHook {
  onLeaderDeactivated?(tx: EntityManager, event: LeaderDeactivatedEvent): Promise<void>;
  onDepartmentDeactivated?(tx: EntityManager, event: DepartmentDeactivatedEvent): Promise<void>;
}

/**
 * Lets modules that import OrgModule react when a leader or department leaves (feeds end their
 * links). Hooks run inside the deactivating transaction, so both commit or roll back together.
 */
@Injectable()
export class OrgHooks {
  private readonly hooks: OrgHook[] = [];

  register(hook: OrgHook): void {
    this.hooks.push(hook);
  }

  async leaderDeactivated(tx: EntityManager, event: LeaderDeactivatedEvent): Promise<void> {
    for (const hook of this.hooks) await hook.onLeaderDeactivated?.(tx, event);
  }

  async departmentDeactivated(tx: EntityManager, event: DepartmentDeactivatedEvent): Promise<void> {
    for (const hook of this.hooks) await hook.onDepartmentDeactivated?.(tx, event);
  }
}
