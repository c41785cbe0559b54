import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Between, type DataSource, In, type Repository } from 'typeorm';
import { type AuthUser, canAccessUnit } from '../auth/index.js';
import { badRequest, conflict, forbidden, notFound } from '../common/app-error.js';
import { monthBounds } from '../common/dates.js';
import { LeadersService } from '../org/index.js';
import { LeaderAvailability } from './availability.entity.js';
import type { AvailabilityInput } from './availability.schemas.js';

const SESSION_LABEL = { AM: '上午', PM: '下午' } as const;
const KIND_LABEL = { unavailable: '不可参加', preferred: '希望安排', avoided: '尽量避开' } as const;

/** Office staff may enter for anyone in their unit; a leader (or secretary) only for themself. */
function assertMayWrite(user: AuthUser, leaderId: string): void {
  if (user.role === 'admin' || user.role === 'office') return;
  if (user.role === 'leader' && user.leaderId === leaderId) return;
  throw forbidden('只能登记本人的时间安排');
}

/**
 * Leaders' trips and meetings are not for everyone: office, 信访局 and 政法委 (who plan the roster
 * and appointments) read all of the unit's; a leader reads only their own; liaisons none.
 */
function assertMayRead(user: AuthUser, leaderId?: string): void {
  if (['admin', 'office', 'petition', 'politics'].includes(user.role)) return;
  if (user.role === 'leader' && leaderId && user.leaderId === leaderId) return;
  throw forbidden('无权查看其他领导的时间安排');
}

function slotsOverlap(a: { session: string | null }, b: { session: string | null }): boolean {
  return a.session === null || b.session === null || a.session === b.session;
}

function describe(e: { date: string; session: string | null; kind: string }): string {
  const when = e.session ? SESSION_LABEL[e.session as 'AM' | 'PM'] : '全天';
  return `${e.date} ${when}（${KIND_LABEL[e.kind as keyof typeof KIND_LABEL]}）`;
}

/**
 * Availability: hard unavailability and soft wishes per leader, date and session. One entry per
 * leader and slot (a whole-day entry covers both sessions) so the roster never sees a date that
 * is both wished for and impossible.
 */
@Injectable()
export class AvailabilityService {
  constructor(
    @InjectRepository(LeaderAvailability) private readonly entries: Repository<LeaderAvailability>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly leaders: LeadersService,
  ) {}

  async listForLeader(user: AuthUser, leaderId: string, month: string) {
    const leader = await this.leaders.get(user, leaderId);
    assertMayRead(user, leader.id);
    const { from, to } = monthBounds(month);
    return this.entries.find({
      where: { leaderId, date: Between(from, to) },
      order: { date: 'ASC', session: 'ASC' },
    });
  }

  async listForUnit(user: AuthUser, unitId: string, month: string) {
    if (!canAccessUnit(user, unitId)) throw forbidden('无权访问其他单位的数据');
    assertMayRead(user);
    const { from, to } = monthBounds(month);
    return this.between(unitId, from, to);
  }

  /** POST /leaders/{id}/availability: the entries of one leader, all or nothing. */
  async addForLeader(
    user: AuthUser,
    leaderId: string,
    entries: Array<Omit<AvailabilityInput, 'leaderId'>>,
  ): Promise<LeaderAvailability[]> {
    const leader = await this.leaders.get(user, leaderId);
    assertMayWrite(user, leader.id);
    return this.insert(
      user,
      leader.unitId,
      entries.map((e) => ({ ...e, leaderId })),
    );
  }

  /** POST /units/{unitId}/availability: office bulk entry for several leaders, all or nothing. */
  async addForUnit(
    user: AuthUser,
    unitId: string,
    entries: AvailabilityInput[],
  ): Promise<LeaderAvailability[]> {
    if (!canAccessUnit(user, unitId)) throw forbidden('无权访问其他单位的数据');
    const known = new Set((await this.leaders.list(user, unitId, true)).map((l) => l.id));
    entries.forEach((e, i) => {
      if (!known.has(e.leaderId)) {
        throw badRequest(
          `entries[${i}].leaderId：本单位没有该领导 ${e.leaderId}`,
          `entries[${i}].leaderId`,
        );
      }
      assertMayWrite(user, e.leaderId);
    });
    return this.insert(user, unitId, entries);
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    const entry = await this.entries.findOne({ where: { id } });
    if (!entry || !canAccessUnit(user, entry.unitId)) throw notFound('时间安排', id);
    assertMayWrite(user, entry.leaderId);
    await this.entries.delete({ id });
  }

  /** For the roster: a unit's entries from `from` to `to`, ordered by leader and date. */
  between(unitId: string, from: string, to: string): Promise<LeaderAvailability[]> {
    return this.entries.find({
      where: { unitId, date: Between(from, to) },
      order: { leaderId: 'ASC', date: 'ASC', session: 'ASC' },
    });
  }

  /** For the roster: a unit's month grouped by leader id (leaders without entries are absent). */
  async monthByLeader(unitId: string, month: string): Promise<Map<string, LeaderAvailability[]>> {
    const { from, to } = monthBounds(month);
    const byLeader = new Map<string, LeaderAvailability[]>();
    for (const entry of await this.between(unitId, from, to)) {
      const list = byLeader.get(entry.leaderId) ?? [];
      list.push(entry);
      byLeader.set(entry.leaderId, list);
    }
    return byLeader;
  }

  /**
   * Entries checked and saved all or nothing; `where` names an entry's origin in errors (the
   * request's entries[i] by default, a range or a pasted line for absences) and `field` the field.
   */
  async insert(
    user: AuthUser,
    unitId: string,
    entries: AvailabilityInput[],
    where: (i: number) => string = (i) => `entries[${i}]`,
    field: (i: number) => string = where,
  ): Promise<LeaderAvailability[]> {
    entries.forEach((e, i) => {
      const clash = entries.findIndex(
        (o, j) => j < i && o.leaderId === e.leaderId && o.date === e.date && slotsOverlap(o, e),
      );
      if (clash >= 0) {
        throw badRequest(`${where(i)}：与 ${where(clash)} 时段重叠（${describe(e)}）`, field(i));
      }
    });
    return this.db.transaction(async (tx) => {
      const leaderIds = [...new Set(entries.map((e) => e.leaderId))].sort();
      // Two bulk writes for the same leader must not both pass the overlap check.
      for (const id of leaderIds) {
        await tx.query("SELECT pg_advisory_xact_lock(hashtext('availability:' || $1))", [id]);
      }
      const repo = tx.getRepository(LeaderAvailability);
      const existing = await repo.find({
        where: { leaderId: In(leaderIds), date: In([...new Set(entries.map((e) => e.date))]) },
      });
      entries.forEach((e, i) => {
        const old = existing.find(
          (o) => o.leaderId === e.leaderId && o.date === e.date && slotsOverlap(o, e),
        );
        if (old) {
          throw conflict(`${where(i)}：已有登记 ${describe(old)}，请先删除`, field(i));
        }
      });
      return repo.save(entries.map((e) => repo.create({ ...e, unitId, createdBy: user.id })));
    });
  }
}
