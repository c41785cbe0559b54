import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/index.js';
import { badRequest, conflict } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import type { Leader } from './leader.entity.js';
import { quotaIssue, type CreateLeader, type UpdateLeader } from './org.schemas.js';
import { OrgHooks } from './org-hooks.js';
import { SubjectsService } from './subjects.service.js';
import { UnitScopedRecords } from './unit-scoped-records.js';
import { LeaderStore } from './unit-scoped-store.js';
import { UnitsService } from './units.service.js';

@Injectable()
export class LeadersService {
  private readonly records: UnitScopedRecords<Leader>;

  constructor(
    private readonly store: LeaderStore,
    units: UnitsService,
    private readonly subjects: SubjectsService,
    private readonly hooks: OrgHooks,
    private readonly clock: Clock,
  ) {
    this.records = new UnitScopedRecords(store, units, '领导');
  }

  list(user: AuthUser, unitId: string | undefined, includeInactive: boolean): Promise<Leader[]> {
    return this.records.list(user, unitId, includeInactive);
  }

  /** For other modules: a unit's leaders, without a caller's scope (the caller checked it). */
  forUnit(unitId: string): Promise<Leader[]> {
    return this.store.ofUnit(unitId, true);
  }

  /** For other modules: the given leaders, active or not, without a caller's scope. */
  byIds(ids: readonly string[]): Promise<Leader[]> {
    return this.store.byIds(ids);
  }

  get(user: AuthUser, id: string): Promise<Leader> {
    return this.records.get(user, id);
  }

  async create(user: AuthUser, input: CreateLeader): Promise<Leader> {
    await this.records.assertUnitOpen(user, input.unitId);
    await this.subjects.assertKnownCodes(input.portfolioSubjects, 'portfolioSubjects');
    return this.store.insert({ ...input, active: true }, () => codeTaken(input.code));
  }

  async update(user: AuthUser, id: string, input: UpdateLeader): Promise<Leader> {
    if (input.portfolioSubjects) {
      await this.subjects.assertKnownCodes(input.portfolioSubjects, 'portfolioSubjects');
    }
    return this.records.update(user, id, input, {
      check: (next) => {
        const issue = quotaIssue(next);
        if (issue) throw badRequest(`${issue.field}：${issue.message}`, issue.field);
      },
      duplicate: () => codeTaken(input.code),
    });
  }

  /** A leader who leaves keeps their history; they just stop being rostered. */
  deactivate(user: AuthUser, id: string, activeTo?: string): Promise<Leader> {
    return this.records.deactivate(user, id, {
      retire: (leader) => {
        leader.activeTo = activeTo ?? this.clock.today();
      },
      // E.g. feeds end every link to the leader's calendar, atomically with the deactivation.
      then: (saved, tx) =>
        this.hooks.leaderDeactivated(tx, { unitId: saved.unitId, leaderId: saved.id }),
    });
  }
}

const codeTaken = (code: string | undefined) => conflict(`code：编号 ${code} 已存在`, 'code');
