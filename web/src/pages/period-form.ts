/** 特护期 dialog's form: the text a clerk edits, and the body the service reads. Pure. */
import type { Duty, LeaderRank, Session, SpecialPeriod } from '../api/types.js';
import { RANKS } from '../labels.js';
import { optionalNumber, optionalText } from '../ui/form-values.js';

export type Coverage = SpecialPeriod['coverage'];

/** The form of `period`, or of a new period of `year` (from 1 January, both sessions). */
export function periodForm(period: SpecialPeriod | null, year: number) {
  return {
    name: period?.name ?? '',
    startDate: period?.startDate ?? `${year}-01-01`,
    endDate: period?.endDate ?? `${year}-01-01`,
    coverage: period?.coverage ?? ('every_day' as Coverage),
    sessionCodes: period?.sessionCodes ?? (['AM', 'PM'] as Session[]),
    leadersPerSession: String(period?.leadersPerSession ?? 1),
    quotaPerLeader: optionalText(period?.quotaPerLeader),
    excludedDates: (period?.excludedDates ?? []).join('，'),
    onCallLeader: period?.onCallLeader ?? false,
    onCallQuotaPerLeader: optionalText(period?.onCallQuotaPerLeader),
    sessionRanks: period?.sessionRanks ?? ({} as SpecialPeriod['sessionRanks']),
    spacingDays: String(period?.spacingDays ?? 2),
    firstDayLeaderId: period?.firstDayLeaderId ?? '',
    notes: period?.notes ?? '',
  };
}

export type PeriodForm = ReturnType<typeof periodForm>;

/** Duties whose ranks can be limited: the period's sessions, and on-call when it has one. */
export const periodDuties = (f: PeriodForm): Duty[] => [
  ...f.sessionCodes,
  ...(f.onCallLeader ? (['CALL'] as const) : []),
];

/** The sessions with `session` ticked (in AM, PM order) or not. */
export const toggledSession = (sessions: Session[], session: Session, on: boolean): Session[] =>
  on ? [...sessions, session].sort() : sessions.filter((x) => x !== session);

/** The rank limits with `rank` allowed for `duty` or not; a duty with no rank left has no limit. */
export function toggledRank(
  sessionRanks: PeriodForm['sessionRanks'],
  duty: Duty,
  rank: LeaderRank,
  on: boolean,
): PeriodForm['sessionRanks'] {
  const now = sessionRanks[duty] ?? [];
  const next = on
    ? RANKS.filter((r) => r === rank || now.includes(r))
    : now.filter((r) => r !== rank);
  const ranks = { ...sessionRanks };
  if (next.length) ranks[duty] = next;
  else delete ranks[duty];
  return ranks;
}

/** What the service reads from the form (POST a new period, PATCH with its version). */
export function periodBody(f: PeriodForm) {
  const duties = periodDuties(f);
  return {
    name: f.name.trim(),
    startDate: f.startDate,
    endDate: f.endDate,
    coverage: f.coverage,
    sessionCodes: f.sessionCodes,
    leadersPerSession: Number(f.leadersPerSession),
    quotaPerLeader: optionalNumber(f.quotaPerLeader),
    excludedDates: f.excludedDates.split(/[，,\s]+/).filter(Boolean),
    onCallLeader: f.onCallLeader,
    onCallQuotaPerLeader:
      f.onCallLeader && f.onCallQuotaPerLeader !== '' ? Number(f.onCallQuotaPerLeader) : null,
    // Only duties the period has: a limit on a session it no longer covers is dropped.
    sessionRanks: Object.fromEntries(
      Object.entries(f.sessionRanks).filter(([d]) => duties.includes(d as Duty)),
    ),
    spacingDays: Number(f.spacingDays),
    firstDayLeaderId: f.firstDayLeaderId || null,
    notes: f.notes,
  };
}
