import { z } from 'zod';
import { apiModel, dutyCode, sessionCode } from '../common/api-responses.js';
import { LEADER_RANKS, ROTATION_POOLS } from '../org/index.js';
import { OVERRIDE_KINDS } from './calendar-override.entity.js';
import { COVERAGES } from './special-period.entity.js';
import { STATUTORY_DAY_KINDS } from './statutory-day.entity.js';

const coverage = z.enum(COVERAGES);
const statutoryKind = z.enum(STATUTORY_DAY_KINDS);

export const periodSummaryResponse = apiModel(
  'PeriodSummary',
  z.object({
    id: z.string(),
    name: z.string(),
    coverage,
    /** True when this date needs reception cover under the period's rules. */
    needsReception: z.boolean(),
    sessionCodes: z.array(sessionCode),
    leadersPerSession: z.number(),
    onCallLeader: z.boolean(),
  }),
);

export const calendarDayResponse = apiModel(
  'CalendarDay',
  z.object({
    date: z.string(),
    /** ISO weekday, 1 = Monday … 7 = Sunday. */
    weekday: z.number(),
    kind: z.enum(['workday', 'weekend', ...STATUTORY_DAY_KINDS]),
    holidayName: z.string().optional(),
    override: z
      .object({ id: z.string(), kind: z.enum(OVERRIDE_KINDS), reason: z.string() })
      .optional(),
    working: z.boolean(),
    periods: z.array(periodSummaryResponse),
  }),
);

export const specialPeriodResponse = apiModel(
  'SpecialPeriod',
  z.object({
    id: z.string(),
    name: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    coverage,
    excludedDates: z.array(z.string()),
    sessionCodes: z.array(sessionCode),
    leadersPerSession: z.number(),
    quotaPerLeader: z.number().nullable(),
    poolQuotas: z.partialRecord(z.enum(ROTATION_POOLS), z.number()),
    onCallLeader: z.boolean(),
    onCallQuotaPerLeader: z.number().nullable(),
    /** Ranks that may take a session or the on-call duty; a duty not listed is open to all. */
    sessionRanks: z.partialRecord(dutyCode, z.array(z.enum(LEADER_RANKS))),
    spacingDays: z.number(),
    firstDayLeaderId: z.string().nullable(),
    notes: z.string(),
    version: z.number(),
  }),
);

const namedDate = apiModel('NamedDate', z.object({ date: z.string(), name: z.string() }));

const confirmation = {
  year: z.number(),
  source: z.string(),
  confirmedAt: z.string(),
  confirmedBy: z.string().nullable(),
  /** Display name of the administrator who confirmed it; null for years seeded by migration. */
  confirmedByName: z.string().nullable(),
};

/** A confirmed year in counts (GET /calendar/years; a preview's `current`). */
export const yearSummaryResponse = apiModel(
  'YearSummary',
  z.object({ ...confirmation, holidays: z.number(), makeupWorkdays: z.number() }),
);

export const yearDetailResponse = apiModel(
  'YearDetail',
  z.object({
    ...confirmation,
    holidays: z.array(namedDate),
    makeupWorkdays: z.array(namedDate),
  }),
);

export const holidayStatusResponse = apiModel(
  'HolidayStatus',
  z.object({
    /** Today in China (Asia/Shanghai), which decides the current year. */
    today: z.string(),
    currentYear: z.number(),
    packageSource: z.string(),
    years: z.array(
      apiModel(
        'YearState',
        z.object({
          year: z.number(),
          confirmed: z.boolean(),
          source: z.string().nullable(),
          confirmedAt: z.string().nullable(),
          confirmedBy: z.string().nullable(),
          confirmedByName: z.string().nullable(),
          holidays: z.number(),
          makeupWorkdays: z.number(),
          /** Whether the bundled package has the year ({fromPackage: true} works). */
          packageHasYear: z.boolean(),
          rosters: z.number(),
          publishedRosters: z.number(),
        }),
      ),
    ),
  }),
);

const statutoryEntry = z.object({ kind: statutoryKind, name: z.string() });

const proposedYear = {
  year: z.number(),
  source: z.string(),
  holidays: z.array(namedDate),
  makeupWorkdays: z.array(namedDate),
};

export const yearPreviewResponse = apiModel(
  'YearPreview',
  z.object({
    ...proposedYear,
    /** The arrangement it would replace; null when the year is not confirmed yet. */
    current: yearSummaryResponse.nullable(),
    changes: z.array(
      apiModel(
        'ArrangementChange',
        z.object({
          date: z.string(),
          before: statutoryEntry.nullable(),
          after: statutoryEntry.nullable(),
        }),
      ),
    ),
    affectedRosters: z.array(
      apiModel(
        'AffectedRoster',
        z.object({
          id: z.string(),
          unitId: z.string(),
          unitName: z.string(),
          month: z.string(),
          status: z.string(),
          publishedVersion: z.number(),
          dutiesOnChangedDates: z.number(),
        }),
      ),
    ),
  }),
);

/** A unit's own confirmation touches no roster of others: nothing to list. */
export const unitYearPreviewResponse = apiModel(
  'UnitYearPreview',
  z.object({
    ...proposedYear,
    current: z.object({ source: z.string(), confirmedAt: z.string() }).nullable(),
    changes: z.array(z.never()),
    affectedRosters: z.array(z.never()),
  }),
);

export const unitYearStateResponse = apiModel(
  'UnitYearState',
  z.object({
    year: z.number(),
    /** national: an administrator confirmed it; unit: this unit's office did; none: nobody. */
    confirmedBy: z.enum(['national', 'unit', 'none']),
    source: z.string().nullable(),
    confirmedAt: z.string().nullable(),
    holidays: z.array(namedDate),
    makeupWorkdays: z.array(namedDate),
    packageHasYear: z.boolean(),
  }),
);
