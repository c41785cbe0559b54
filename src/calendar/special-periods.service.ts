import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  type DataSource,
  type EntityManager,
  LessThanOrEqual,
  MoreThanOrEqual,
  Not,
  type Repository,
} from 'typeorm';
import type { AuthUser } from '../auth/index.js';
import { badRequest, conflict, notFound, versionConflict } from '../common/app-error.js';
import { formatPath } from '../common/zod-validation.js';
import { LeadersService, UnitsService } from '../org/index.js';
import type { CreateSpecialPeriod, UpdateSpecialPeriod } from './special-period.schemas.js';
import { windowIssue } from './special-period.schemas.js';
import { SpecialPeriod } from './special-period.entity.js';

/** 特护期 per unit. Periods of one unit never overlap, so each date has at most one rule set. */
@Injectable()
export class SpecialPeriodsService {
  constructor(
    @InjectRepository(SpecialPeriod) private readonly periods: Repository<SpecialPeriod>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly units: UnitsService,
    private readonly leaders: LeadersService,
  ) {}

  async list(user: AuthUser, unitId: string, year?: number): Promise<SpecialPeriod[]> {
    await this.units.get(user, unitId);
    if (!year) return this.periods.find({ where: { unitId }, order: { startDate: 'ASC' } });
    return this.overlapping(unitId, `${year}-01-01`, `${year}-12-31`);
  }

  async get(user: AuthUser, unitId: string, id: string): Promise<SpecialPeriod> {
    await this.units.get(user, unitId);
    const period = await this.periods.findOne({ where: { id, unitId } });
    if (!period) throw notFound('特护期', id);
    return period;
  }

  async create(user: AuthUser, unitId: string, input: CreateSpecialPeriod): Promise<SpecialPeriod> {
    await this.units.get(user, unitId);
    await this.assertLeaderOfUnit(unitId, input.firstDayLeaderId);
    return this.db.transaction(async (tx) => {
      await this.lockUnit(tx, unitId);
      await this.assertNoOverlap(tx, unitId, input.startDate, input.endDate);
      const repo = tx.getRepository(SpecialPeriod);
      return repo.save(repo.create({ ...input, unitId }));
    });
  }

  async update(
    user: AuthUser,
    unitId: string,
    id: string,
    input: UpdateSpecialPeriod,
  ): Promise<SpecialPeriod> {
    await this.units.get(user, unitId);
    await this.assertLeaderOfUnit(unitId, input.firstDayLeaderId);
    const { version, ...changes } = input;
    return this.db.transaction(async (tx) => {
      await this.lockUnit(tx, unitId);
      const repo = tx.getRepository(SpecialPeriod);
      const current = await repo.findOne({ where: { id, unitId } });
      if (!current) throw notFound('特护期', id);
      if (version !== undefined && version !== current.version) throw versionConflict();
      const next = repo.merge(current, changes);
      // merge() deep-merges JSON objects: a map sent whole replaces the stored one.
      if (changes.sessionRanks) next.sessionRanks = changes.sessionRanks;
      if (changes.poolQuotas) next.poolQuotas = changes.poolQuotas;
      const issue = windowIssue(next);
      if (issue) {
        const field = formatPath(issue.path.map((p) => (/^\d+$/.test(p) ? Number(p) : p)));
        throw badRequest(`${field}：${issue.message}`, field);
      }
      await this.assertNoOverlap(tx, unitId, next.startDate, next.endDate, id);
      return repo.save(next);
    });
  }

  async remove(user: AuthUser, unitId: string, id: string): Promise<void> {
    await this.units.get(user, unitId);
    const result = await this.periods.delete({ id, unitId });
    if (!result.affected) throw notFound('特护期', id);
  }

  /** For services: the unit's periods that touch [from, to], e.g. a month and its neighbours. */
  overlapping(unitId: string, from: string, to: string): Promise<SpecialPeriod[]> {
    return this.periods.find({
      where: { unitId, startDate: LessThanOrEqual(to), endDate: MoreThanOrEqual(from) },
      order: { startDate: 'ASC' },
    });
  }

  /** The first-day leader must be one of the unit's own (active) leaders. */
  private async assertLeaderOfUnit(unitId: string, leaderId: string | null | undefined) {
    if (!leaderId) return;
    const leader = (await this.leaders.forUnit(unitId)).find((l) => l.id === leaderId);
    if (!leader) throw badRequest('firstDayLeaderId：本单位没有这位领导', 'firstDayLeaderId');
    if (!leader.active)
      throw badRequest(
        `firstDayLeaderId：${leader.name}已停用，不能安排首日坐班`,
        'firstDayLeaderId',
      );
  }

  /** Serialises period writes of one unit so the overlap check cannot race. */
  private async lockUnit(tx: EntityManager, unitId: string): Promise<void> {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext('special_period:' || $1))", [unitId]);
  }

  private async assertNoOverlap(
    tx: EntityManager,
    unitId: string,
    from: string,
    to: string,
    exceptId?: string,
  ): Promise<void> {
    const clash = await tx.getRepository(SpecialPeriod).findOne({
      where: {
        unitId,
        startDate: LessThanOrEqual(to),
        endDate: MoreThanOrEqual(from),
        ...(exceptId ? { id: Not(exceptId) } : {}),
      },
    });
    if (clash) {
      throw conflict(
        `startDate：与特护期“${clash.name}”（${clash.startDate} 至 ${clash.endDate}）重叠`,
        'startDate',
      );
    }
  }
}
