/**
 * The 2026 special-protection periods (特护期) of 青嵘市, from domain/qingrong-city.md §7.4. The
 * row "清明 / 劳动节 / 端午 — on-call only" has no reception cover and is left out: on-call duty
 * without reception is not modelled yet.
 */
import type { EntityManager } from 'typeorm';
import { SpecialPeriod } from '../calendar/special-period.entity.js';

type DemoPeriod = Pick<
  SpecialPeriod,
  'name' | 'startDate' | 'endDate' | 'coverage' | 'excludedDates' | 'onCallLeader' | 'notes'
> &
  Partial<Pick<SpecialPeriod, 'leadersPerSession' | 'quotaPerLeader'>>;

export const DEMO_SPECIAL_PERIODS: ReadonlyArray<DemoPeriod> = [
  {
    name: '元旦',
    startDate: '2026-01-01',
    endDate: '2026-01-03',
    coverage: 'every_day',
    excludedDates: [],
    onCallLeader: true,
    notes: '每日接访，领导在岗值班',
  },
  {
    name: '市两会',
    startDate: '2026-01-20',
    endDate: '2026-01-26',
    coverage: 'every_day',
    excludedDates: [],
    onCallLeader: false,
    notes: '每日接访',
  },
  {
    name: '春节',
    startDate: '2026-02-14',
    endDate: '2026-02-24',
    coverage: 'every_day',
    // 除夕 (2026-02-16) and 初一 (2026-02-17): no reception, the on-call leader still stands by.
    excludedDates: ['2026-02-16', '2026-02-17'],
    onCallLeader: true,
    notes: '24 小时值班；除夕、初一不接访',
  },
  {
    name: '全国两会特护期',
    startDate: '2026-02-25',
    endDate: '2026-03-13',
    coverage: 'every_day',
    excludedDates: [],
    onCallLeader: false,
    notes: '含周末每日接访；每日上午由市委常委或副市长接访；15:00 零报告',
    // Two leaders a session, every day: each leader may sit up to 4 more sessions than usual.
    leadersPerSession: 2,
    quotaPerLeader: 4,
  },
  {
    name: '建党纪念',
    startDate: '2026-06-28',
    endDate: '2026-07-02',
    coverage: 'every_day',
    excludedDates: [],
    onCallLeader: false,
    notes: '每日接访',
  },
  {
    name: '国庆、中秋',
    startDate: '2026-09-25',
    endDate: '2026-10-08',
    coverage: 'every_day',
    excludedDates: [],
    onCallLeader: true,
    notes: '每日接访；24 小时值班',
  },
];

export async function seedDemoSpecialPeriods(tx: EntityManager, unitId: string): Promise<void> {
  const repo = tx.getRepository(SpecialPeriod);
  await repo.save(
    DEMO_SPECIAL_PERIODS.map((p) =>
      repo.create({
        ...p,
        unitId,
        sessionCodes: ['AM', 'PM'],
        leadersPerSession: p.leadersPerSession ?? 1,
        quotaPerLeader: p.quotaPerLeader ?? null,
        poolQuotas: {},
      }),
    ),
  );
}
