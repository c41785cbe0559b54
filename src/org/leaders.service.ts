import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Clock } from '../common/clock.js';
import { In, type DataSource, type Repository } from 'typeorm';
import { assertUnitAccess, type AuthUser } from '../auth/index.js';
import { AppError, badRequest, conflict, notFound } from '../common/app-error.js';
import { sqlStateOf } from '../common/database-errors.js';
import { Leader } from './leader.entity.js';
import { quotaIssue, type CreateLeader, type UpdateLeader } from './org.schemas.js';
import { OrgHooks } from './org-hooks.js';
import { SubjectsService } from './subjects.service.js';
import { UnitsService } from './units.service.js';

export const versionConflict = () =>
  new AppError(409, 'VERSION_CONFLICT', '数据已被他人修改，请刷新后重试', 'version');

@Injectable()
export class LeadersService {
  constructor(
    @InjectRepository(Leader) private readonly leaders: Repository<Leader>,
    @InjectDataSource() private readonly db: DataSource,
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
    return this.leaders.find({
      where: includeInactive ? { unitId: unit } : { unitId: unit, active: true },
      order: { protocolOrder: 'ASC', code: 'ASC' },
    });
  }

  /** For other modules: a unit's leaders, without a caller's scope (the caller checked it). */
  forUnit(unitId: string): Promise<Leader[]> {
    return this.leaders.find({ where: { unitId }, order: { protocolOrder: 'ASC', code: 'ASC' } });
  }

  /** For other modules: the given leaders, active or not, without a caller's scope. */
  byIds(ids: readonly string[]): Promise<Leader[]> {
    const wanted = [...new Set(ids)];
    return wanted.length ? this.leaders.find({ where: { id: In(wanted) } }) : Promise.resolve([]);
  }

  async get(user: AuthUser, id: string): Promise<Leader> {
    const leader = await this.leaders.findOne({ where: { id } });
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
    try {
      return await this.leaders.save(this.leaders.create({ ...input, active: true }));
    } catch (err) {
      if (sqlStateOf(err) === '23505') throw conflict(`code：编号 ${input.code} 已存在`, 'code');
      throw err;
    }
  }

  async update(user: AuthUser, id: string, input: UpdateLeader): Promise<Leader> {
    if (input.portfolioSubjects) {
      await this.subjects.assertKnownCodes(input.portfolioSubjects, 'portfolioSubjects');
    }
    const { version, ...changes } = input;
    try {
      return await this.db.transaction(async (tx) => {
        const repo = tx.getRepository(Leader);
        const current = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!current) throw notFound('领导', id);
        assertUnitAccess(user, current.unitId);
        if (version !== undefined && version !== current.version) throw versionConflict();
        const next = repo.merge(current, changes);
        const issue = quotaIssue(next);
        if (issue) throw badRequest(`${issue.field}：${issue.message}`, issue.field);
        return repo.save(next);
      });
    } catch (err) {
      if (sqlStateOf(err) === '23505') throw conflict(`code：编号 ${input.code} 已存在`, 'code');
      throw err;
    }
  }

  /** A leader who leaves keeps their history; they just stop being rostered. */
  async deactivate(user: AuthUser, id: string, activeTo?: string): Promise<Leader> {
    return this.db.transaction(async (tx) => {
      const repo = tx.getRepository(Leader);
      const leader = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!leader) throw notFound('领导', id);
      assertUnitAccess(user, leader.unitId);
      leader.active = false;
      leader.activeTo = activeTo ?? this.clock.today();
      const saved = await repo.save(leader);
      // E.g. feeds end every link to the leader's calendar, atomically with the deactivation.
      await this.hooks.leaderDeactivated(tx, { unitId: saved.unitId, leaderId: saved.id });
      return saved;
    });
  }
}
