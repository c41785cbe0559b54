import { Injectable } from '@nestjs/common';
import { assertUnitAccess, type AuthUser } from '../auth/index.js';
import { badRequest, conflict, notFound, versionConflict } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import type { Leader } from './leader.entity.js';
import { quotaIssue, type CreateLeader, type UpdateLeader } from './org.schemas.js';
import { OrgHooks } from './org-hooks.js';
import { SubjectsService } from './subjects.service.js';
import { LeaderStore } from './unit-scoped-store.js';
import { UnitsService } from './units.service.js';

@Injectable()
export class LeadersService {
  constructor(
    private readonly store: LeaderStore,
    private readonly units: UnitsService,
    private readonly subjects: SubjectsService,
    private readonly hooks: OrgHooks,
    private readonly clock: Clock,
  ) {}

  async list(
    user: AuthUser,
    unitId: string | undefined,
    includeInactive: boolean,
  ): Promise<Leader[]> {
    const unit = unitId ?? user.unitId;
    assertUnitAccess(user, unit);
    return this.store.ofUnit(unit, includeInactive);
  }

  /** For other modules: a unit's leaders, without a caller's scope (the caller checked it). */
  forUnit(unitId: string): Promise<Leader[]> {
    return this.store.ofUnit(unitId, true);
  }

  /** For other modules: the given leaders, active or not, without a caller's scope. */
  byIds(ids: readonly string[]): Promise<Leader[]> {
    return this.store.byIds(ids);
  }

  async get(user: AuthUser, id: string): Promise<Leader> {
    const leader = await this.store.byId(id);
    if (!leader) throw notFound('领导', id);
    assertUnitAccess(user, leader.unitId);
    return leader;
  }

  async create(user: AuthUser, input: CreateLeader): Promise<Leader> {
    assertUnitAccess(user, input.unitId);
    if (!(await this.units.exists(input.unitId))) {
      throw badRequest(`unitId：单位不存在 ${input.unitId}`, 'unitId');
    }
    await this.subjects.assertKnownCodes(input.portfolioSubjects, 'portfolioSubjects');
    return this.store.insert({ ...input, active: true }, () => codeTaken(input.code));
  }

  async update(user: AuthUser, id: string, input: UpdateLeader): Promise<Leader> {
    if (input.portfolioSubjects) {
      await this.subjects.assertKnownCodes(input.portfolioSubjects, 'portfolioSubjects');
    }
    const { version, ...changes } = input;
    const saved = await this.store.change(
      id,
      (current) => {
        assertUnitAccess(user, current.unitId);
        if (version !== undefined && version !== current.version) throw versionConflict();
        const next = Object.assign(current, changes);
        const issue = quotaIssue(next);
        if (issue) throw badRequest(`${issue.field}：${issue.message}`, issue.field);
        return next;
      },
      { duplicate: () => codeTaken(input.code) },
    );
    if (!saved) throw notFound('领导', id);
    return saved;
  }

  /** A leader who leaves keeps their history; they just stop being rostered. */
  async deactivate(user: AuthUser, id: string, activeTo?: string): Promise<Leader> {
    const saved = await this.store.change(
      id,
      (leader) => {
        assertUnitAccess(user, leader.unitId);
        leader.active = false;
        leader.activeTo = activeTo ?? this.clock.today();
        return leader;
      },
      {
        // E.g. feeds end every link to the leader's calendar, atomically with the deactivation.
        then: (saved, tx) =>
          this.hooks.leaderDeactivated(tx, { unitId: saved.unitId, leaderId: saved.id }),
      },
    );
    if (!saved) throw notFound('领导', id);
    return saved;
  }
}

const codeTaken = (code: string | undefined) => conflict(`code：编号 ${code} 已存在`, 'code');
