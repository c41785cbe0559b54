/**
 * The special-protection periods (特护期) of 青嵘市 for 2026 and 2027, from domain/qingrong-city.md
 * §7.4. 市委书记 (L01) opens each one; in the 全国两会 period the mornings are for 市委常委 and
 * 副市长 (and the principal leaders); a period "with a leader on call" rosters one on-call (CALL)
 * duty a day, at most `onCallQuotaPerLeader` days per leader.
 *
 * Left out: the row "清明 / 劳动节 / 端午 — on-call only". A period here always has reception
 * sessions (sessionCodes has at least one), so on-call days without reception cannot be expressed
 * as a period yet.
 *
 * 2027: chinese-days (1.5.7) has no 2027 data and the 国办 notice for 2027 is not out, so the dates
 * follow the table's rules on the 2027 calendar: 元旦 2027-01-01 (Friday) to the Sunday after;
 * 春节 from two days before 除夕 (2027-02-05) to the seventh day after 初一 (2027-02-06), as in 2026,
 * without reception on 除夕 and 初一; 全国两会 from a week before the sessions (~03-04..03-13) to
 * 03-13; 建党 06-28..07-02; 国庆 09-28..10-08 (国庆 and its make-up weekend). In 2027 中秋 (09-15,
 * a Wednesday) falls apart from 国庆: a one-day holiday, not a period. 市两会 has fictional dates
 * for 2026 only and no rule to carry it over, so 2027 has none.
 */
import type { EntityManager } from 'typeorm';
import { SpecialPeriod } from '../calendar/index.js';

type DemoPeriod = Pick<
  SpecialPeriod,
  'name' | 'startDate' | 'endDate' | 'coverage' | 'excludedDates' | 'onCallLeader' | 'notes'
> &
  Partial<
    Pick<
      SpecialPeriod,
      'leadersPerSession' | 'quotaPerLeader' | 'onCallQuotaPerLeader' | 'sessionRanks'
    >
  >;

/** "每日上午由市委常委或副市长接访" (the principal leaders may take a morning too). */
const LIANGHUI_RANKS: SpecialPeriod['sessionRanks'] = {
  AM: ['principal', 'standing', 'vice_mayor'],
};

const LIANGHUI: Omit<DemoPeriod, 'name' | 'startDate' | 'endDate'> = {
  coverage: 'every_day',
  excludedDates: [],
  onCallLeader: false,
  notes: '含周末每日接访；每日上午由市委常委或副市长接访；15:00 零报告',
  // Two leaders a session, every day: each leader may sit up to 4 more sessions than usual.
  leadersPerSession: 2,
  quotaPerLeader: 4,
  sessionRanks: LIANGHUI_RANKS,
};

export const DEMO_SPECIAL_PERIODS: ReadonlyArray<DemoPeriod> = [
  {
    name: '元旦',
    startDate: '2026-01-01',
    endDate: '2026-01-03',
    coverage: 'every_day',
    excludedDates: [],
    onCallLeader: true,
    onCallQuotaPerLeader: 1,
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
    onCallQuotaPerLeader: 2,
    notes: '24 小时值班；除夕、初一不接访',
  },
  { name: '全国两会特护期', startDate: '2026-02-25', endDate: '2026-03-13', ...LIANGHUI },
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
    onCallQuotaPerLeader: 2,
    notes: '每日接访；24 小时值班',
  },
  {
    name: '元旦',
    startDate: '2027-01-01',
    endDate: '2027-01-03',
    coverage: 'every_day',
    excludedDates: [],
    onCallLeader: true,
    onCallQuotaPerLeader: 1,
    notes: '每日接访，领导在岗值班',
  },
  {
    name: '春节',
    startDate: '2027-02-03',
    endDate: '2027-02-13',
    coverage: 'every_day',
    // 除夕 (2027-02-05) and 初一 (2027-02-06).
    excludedDates: ['2027-02-05', '2027-02-06'],
    onCallLeader: true,
    onCallQuotaPerLeader: 2,
    notes: '24 小时值班；除夕、初一不接访',
  },
  { name: '全国两会特护期', startDate: '2027-02-25', endDate: '2027-03-13', ...LIANGHUI },
  {
    name: '建党纪念',
    startDate: '2027-06-28',
    endDate: '2027-07-02',
    coverage: 'every_day',
    excludedDates: [],
    onCallLeader: false,
    notes: '每日接访',
  },
  {
    name: '国庆',
    startDate: '2027-09-28',
    endDate: '2027-10-08',
    coverage: 'every_day',
    excludedDates: [],
    onCallLeader: true,
    onCallQuotaPerLeader: 2,
    notes: '每日接访；24 小时值班',
  },
];

/** `firstDayLeaderId`: the leader who opens every period (市委书记). */
export async function seedDemoSpecialPeriods(
  tx: EntityManager,
  unitId: string,
  firstDayLeaderId: string,
): Promise<void> {
  const repo = tx.getRepository(SpecialPeriod);
  await repo.save(
    DEMO_SPECIAL_PERIODS.map((p) =>
      repo.create({
        ...p,
        unitId,
        sessionCodes: ['AM', 'PM'],
        leadersPerSession: p.leadersPerSession ?? 1,
        quotaPerLeader: p.quotaPerLeader ?? null,
        onCallQuotaPerLeader: p.onCallQuotaPerLeader ?? null,
        sessionRanks: p.sessionRanks ?? {},
        spacingDays: 2,
        firstDayLeaderId,
        poolQuotas: {},
      }),
    ),
  );
}
