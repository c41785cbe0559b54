import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type AffectedRoster, RosterTally, type RosterTallyReader } from '../calendar/index.js';
import { UnitsService } from '../org/index.js';

/** The roster module's answer to the holiday pages' questions (see calendar/roster-tally.ts). */
@Injectable()
export class RosterCalendarTally implements RosterTallyReader, OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly units: UnitsService,
    private readonly tally: RosterTally,
  ) {}

  onModuleInit(): void {
    this.tally.register(this);
  }

  async perYear() {
    return this.db.query(
      `SELECT substr(month, 1, 4)::int AS year, count(*)::int AS rosters,
              count(*) FILTER (WHERE published_version > 0)::int AS published
         FROM roster GROUP BY 1`,
    ) as Promise<Array<{ year: number; rosters: number; published: number }>>;
  }

  async onDates(dates: string[]): Promise<AffectedRoster[]> {
    const months = [...new Set(dates.map((d) => d.slice(0, 7)))];
    const rows: Array<{
      id: string;
      unit_id: string;
      month: string;
      status: string;
      published_version: number;
      duties: number;
    }> = await this.db.query(
      `SELECT r.id, r.unit_id, r.month, r.status, r.published_version,
              (SELECT count(*)::int FROM roster_assignment a
                WHERE a.roster_id = r.id AND a.date = ANY($2::date[])) AS duties
         FROM roster r
        WHERE r.month = ANY($1::text[])`,
      [months, dates],
    );
    const units = new Map(
      await Promise.all(
        [...new Set(rows.map((r) => r.unit_id))].map(
          async (id) => [id, await this.units.byId(id)] as const,
        ),
      ),
    );
    return rows
      .map((r) => ({
        id: r.id,
        unitId: r.unit_id,
        unitName: units.get(r.unit_id)?.name ?? '',
        month: r.month,
        status: r.status,
        publishedVersion: r.published_version,
        dutiesOnChangedDates: r.duties,
        code: units.get(r.unit_id)?.code ?? '',
      }))
      .sort((a, b) => a.month.localeCompare(b.month) || a.code.localeCompare(b.code))
      .map(({ code: _code, ...roster }) => roster);
  }
}
