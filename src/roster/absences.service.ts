import { Injectable } from '@nestjs/common';
import { type AuthUser, canAccessUnit } from '../auth/index.js';
import { AppError, badRequest, forbidden } from '../common/app-error.js';
import { LeadersService } from '../org/index.js';
import { type AbsenceRange, expandRange, parseAbsenceList } from './absences.js';
import type { LeaderAvailability } from './availability.entity.js';
import type { AvailabilityInput } from './availability.schemas.js';
import { AvailabilityService } from './availability.service.js';

/**
 * Office entry of absences as date ranges, typed or pasted as a list: each range becomes the
 * per-day "unavailable" entries the roster reads, saved all or nothing.
 */
@Injectable()
export class AbsencesService {
  constructor(
    private readonly availability: AvailabilityService,
    private readonly leaders: LeadersService,
  ) {}

  /** POST /units/{unitId}/absences: ranges for one or several leaders of the unit. */
  async addRanges(
    user: AuthUser,
    unitId: string,
    ranges: AbsenceRange[],
  ): Promise<LeaderAvailability[]> {
    const known = await this.knownLeaders(user, unitId);
    ranges.forEach((r, i) =>
      r.leaderIds.forEach((id, j) => {
        if (!known.has(id)) {
          throw badRequest(
            `absences[${i}].leaderIds[${j}]：本单位没有该领导 ${id}`,
            `absences[${i}].leaderIds[${j}]`,
          );
        }
      }),
    );
    return this.save(user, unitId, ranges, (i) => `absences[${i}]`);
  }

  /**
   * POST /units/{unitId}/absences/paste: a pasted list; a 400 lists every problem by line and
   * column ({errors: [{row, column, message}]}) and nothing is saved.
   */
  async paste(user: AuthUser, unitId: string, text: string): Promise<LeaderAvailability[]> {
    const leaders = await this.unitLeaders(user, unitId);
    const { ranges, problems } = parseAbsenceList(text, leaders);
    if (problems.length) {
      const more =
        problems.length > 1 ? `（共 ${problems.length} 处问题，均未登记）` : '（未登记）';
      throw new AppError('VALIDATION_FAILED', `${problems[0].message}${more}`, {
        field: 'text',
        details: { errors: problems },
      });
    }
    return this.save(
      user,
      unitId,
      ranges,
      (i) => `第${ranges[i].row}行`,
      () => 'text',
    );
  }

  private async save(
    user: AuthUser,
    unitId: string,
    ranges: AbsenceRange[],
    where: (range: number) => string,
    field: (range: number) => string = where,
  ): Promise<LeaderAvailability[]> {
    const entries: AvailabilityInput[] = [];
    const origin: number[] = [];
    ranges.forEach((r, i) =>
      expandRange(r).forEach((e) => {
        entries.push(e);
        origin.push(i);
      }),
    );
    if (entries.length > 2000) throw badRequest('一次最多登记 2000 个领导·日', 'absences');
    return this.availability.insert(
      user,
      unitId,
      entries,
      (i) => where(origin[i]),
      (i) => field(origin[i]),
    );
  }

  private async unitLeaders(user: AuthUser, unitId: string) {
    if (!canAccessUnit(user, unitId)) throw forbidden('无权访问其他单位的数据');
    return this.leaders.list(user, unitId, true);
  }

  private async knownLeaders(user: AuthUser, unitId: string): Promise<Set<string>> {
    return new Set((await this.unitLeaders(user, unitId)).map((l) => l.id));
  }
}
