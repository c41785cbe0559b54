/**
 * Problem and result types of the roster solver, with the zod schema that validates problems.
 *
 * Conventions shared by every rule:
 * - All weights are non-negative integers, so objectives are integers and compare exactly.
 * - A soft variant is selected by giving its weight; an absent weight means the rule is hard.
 * - A (date, shift) pair is a "session". A person can only be assigned to a session that has a
 *   cover item; dates without cover items (e.g. weekends of a normal month) are days off for all.
 */
import { z } from 'zod';

const int = () => z.number().int();
const nonNeg = () => z.number().int().min(0);
const weight = () => z.number().int().min(0);
/** Tags a session for rules that count only some sessions (e.g. 'normal', a period's id). */
const tag = () => z.string().min(1);
const tags = () =>
  z
    .array(tag())
    .optional()
    .describe('Count only sessions with one of these tags (untagged sessions never match)');

const date = () =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
    .describe('ISO date YYYY-MM-DD');

export const daySchema = z
  .object({
    date: date(),
    weekend: z
      .boolean()
      .optional()
      .describe('Saturday/Sunday; consecutive weekend days form one weekend'),
    working: z
      .boolean()
      .optional()
      .describe(
        'A working day of the official calendar (default: !weekend); used by working-day windows',
      ),
  })
  .describe('One day of the horizon; days must be consecutive calendar days in order');

export const shiftTypeSchema = z.object({
  id: z.string().min(1),
  name: z.string().optional().describe('Display name used in diagnosis messages, e.g. 上午'),
  minutes: nonNeg().describe('Length in minutes (counted by min/max minutes)'),
  start: z.string().optional().describe('Informative start time, e.g. 08:30'),
  forbiddenSuccessors: z
    .array(z.string())
    .optional()
    .describe('Shift ids that may not be worked on the day after this shift (hard)'),
});

export const coverSchema = z.object({
  date: date(),
  shift: z.string(),
  required: nonNeg().describe('Number of people required in this session'),
  underWeight: weight()
    .optional()
    .describe('Penalty per missing person; absent = under-cover is forbidden (hard)'),
  overWeight: weight()
    .optional()
    .describe('Penalty per extra person; absent = over-cover is forbidden (hard)'),
  pools: z
    .array(z.string())
    .optional()
    .describe('Only people in one of these pools may sit this session'),
  people: z
    .array(z.string())
    .optional()
    .describe('Only these person ids may sit this session (combined with pools: in either)'),
  tag: tag().optional().describe('Label rules with a `tags` filter count this session by'),
});

export const slotRefSchema = z.object({
  date: date(),
  shift: z.string().optional().describe('Absent = the whole day'),
});

export const windowSchema = z
  .object({
    days: z
      .number()
      .int()
      .min(1)
      .describe('Window length in days (working days when workingDaysOnly)'),
    max: nonNeg().describe('At most this many other sessions in the window before a session'),
    workingDaysOnly: z
      .boolean()
      .optional()
      .describe('Count only working days; sessions on other days are ignored (default false)'),
    weight: weight().optional().describe('Penalty per session that comes too soon; absent = hard'),
    from: date().optional().describe('Only sessions on or after this date are checked'),
    to: date().optional().describe('Only sessions on or before this date are checked'),
    tags: tags(),
  })
  .describe(
    'Spacing: a session comes too soon when `max` other sessions of the person lie within the `days` (working) days ending on its day; earlier sessions outside from..to still count',
  );

export const requestSchema = z.object({
  date: date(),
  shift: z.string().optional().describe('Absent = any session of the day'),
  on: z.boolean().describe('true = wants to work (preferred), false = wants to be off (avoided)'),
  weight: weight(),
});

export const fairnessSchema = z
  .object({
    target: nonNeg().describe('Fair number of sessions this month'),
    carried: int().describe('Surplus (>0) or debt (<0) carried from earlier months'),
    weight: weight().describe('Penalty per session away from target - carried'),
    from: date().optional().describe('Count only sessions on or after this date'),
    to: date().optional().describe('Count only sessions on or before this date'),
  })
  .describe('Aim for target - carried sessions in the horizon (or from..to)');

export const rangeLimitSchema = z
  .object({
    name: z.string().optional().describe('What the range is, for messages, e.g. 2026年第三季度'),
    from: date().describe('First date of the range (inclusive)'),
    to: date().describe('Last date of the range (inclusive)'),
    tags: tags(),
    min: nonNeg().optional().describe('At least this many sessions on dates from..to'),
    max: nonNeg().optional().describe('At most this many sessions on dates from..to'),
    underWeight: weight().optional().describe('Penalty per session below min; absent = hard'),
    weight: weight().optional().describe('Penalty per session above max; absent = hard'),
  })
  .describe(
    'Bounds on one person over a date range (a month, a quarter, a special-protection period); fixed sessions in the range count, and the range may reach beyond the horizon',
  );

export const mustSitSchema = z
  .object({
    date: date(),
    shift: z.string().optional().describe('Absent = any session of the day'),
    name: z.string().optional().describe('Why, for messages, e.g. 特护期首日由主要领导坐班'),
    weight: weight().optional().describe('Penalty when not sat; absent = hard'),
  })
  .describe('The person must sit a session of this day (or this session)');

export const poolQuotaSchema = z
  .object({
    pool: z.string().min(1).describe('Rotation pool, e.g. 人大'),
    from: date().describe('First date of the range (inclusive)'),
    to: date().describe('Last date of the range (inclusive)'),
    min: nonNeg().optional().describe('At least this many sessions sat by members of the pool'),
    max: nonNeg().optional().describe('At most this many sessions sat by members of the pool'),
    weight: weight()
      .optional()
      .describe('Penalty per session below min or above max; absent = hard'),
    tags: tags(),
  })
  .describe(
    'Sessions sat by members of a pool on dates from..to (a person in several pools counts for each); only sessions of this horizon count',
  );

export const personSchema = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
  pools: z.array(z.string()).optional().describe('Rotation pools, e.g. 党政 / 人大 / 政协'),
  minTotal: nonNeg().optional(),
  maxTotal: nonNeg().optional(),
  totalUnderWeight: weight()
    .optional()
    .describe('Makes minTotal soft: penalty per missing session'),
  totalOverWeight: weight().optional().describe('Makes maxTotal soft: penalty per extra session'),
  maxPerShift: z.record(z.string(), nonNeg()).optional().describe('Hard cap per shift type'),
  minMinutes: nonNeg().optional(),
  maxMinutes: nonNeg().optional(),
  maxPerDay: nonNeg().optional().describe('Sessions per day, hard; default 1'),
  maxConsecutiveWorkDays: z.number().int().min(1).optional(),
  minConsecutiveWorkDays: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('Runs touching the horizon start or end are exempt'),
  minConsecutiveDaysOff: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('Runs touching the horizon start or end are exempt'),
  sequenceWeight: weight()
    .optional()
    .describe(
      'Makes max/min consecutive work days and min consecutive days off soft: penalty per violation',
    ),
  maxWeekends: nonNeg().optional().describe('Weekends with any session, hard'),
  windows: z.array(windowSchema).optional(),
  unavailable: z.array(slotRefSchema).optional().describe('Hard'),
  requests: z.array(requestSchema).optional(),
  fairness: fairnessSchema.optional(),
  rangeLimits: z.array(rangeLimitSchema).optional(),
  mustSit: z.array(mustSitSchema).optional(),
});

export const assignmentSchema = z.object({
  date: date(),
  shift: z.string(),
  personId: z.string(),
});

export const fixedAssignmentSchema = assignmentSchema
  .extend({ tag: tag().optional().describe('Tag of its session when it has no cover item') })
  .describe(
    'A duty decided elsewhere (a session that has begun, another month of a window): counted by every rule, never changed, exempt from eligibility and availability; its session needs no cover item',
  );

export const problemSchema = z
  .object({
    name: z.string().optional(),
    days: z.array(daySchema).min(1),
    shiftTypes: z.array(shiftTypeSchema).min(1),
    cover: z.array(coverSchema),
    people: z.array(personSchema),
    pins: z.array(assignmentSchema).optional().describe('Fixed assignments (hard)'),
    fixed: z
      .array(fixedAssignmentSchema)
      .optional()
      .describe('Duties that are facts, not decisions; they are not part of the result'),
    previous: z
      .object({
        assignments: z.array(assignmentSchema),
        changeWeight: weight().describe(
          'Penalty per assignment added or removed versus the previous roster (a swap counts 2)',
        ),
      })
      .optional()
      .describe('Published roster to stay close to when re-planning'),
    poolQuotas: z.array(poolQuotaSchema).optional(),
  })
  .describe('Roster problem (JSON); see src/solver/README.md');

export type Day = z.infer<typeof daySchema>;
export type ShiftType = z.infer<typeof shiftTypeSchema>;
export type Cover = z.infer<typeof coverSchema>;
export type SlotRef = z.infer<typeof slotRefSchema>;
export type SlidingWindow = z.infer<typeof windowSchema>;
export type Request = z.infer<typeof requestSchema>;
export type Fairness = z.infer<typeof fairnessSchema>;
export type RangeLimit = z.infer<typeof rangeLimitSchema>;
export type PoolQuota = z.infer<typeof poolQuotaSchema>;
export type Person = z.infer<typeof personSchema>;
export type MustSit = z.infer<typeof mustSitSchema>;
export type Assignment = z.infer<typeof assignmentSchema>;
export type FixedAssignment = z.infer<typeof fixedAssignmentSchema>;
export type Problem = z.infer<typeof problemSchema>;

export interface ProblemIssue {
  /** Path inside the problem JSON, e.g. ["people", 3, "unavailable", 0, "date"]. */
  path: (string | number)[];
  message: string;
}

export class ProblemValidationError extends Error {
  constructor(readonly issues: ProblemIssue[]) {
    super(
      'Invalid problem: ' +
        issues
          .slice(0, 5)
          .map((i) => `${formatPath(i.path)}: ${i.message}`)
          .join('; '),
    );
    this.name = 'ProblemValidationError';
  }
}

export function formatPath(path: (string | number)[]): string {
  return path.length === 0
    ? '(root)'
    : path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
        .join('')
        .replace(/^\./, '');
}

/** Schema check plus cross references (dates, shift ids, person ids, consecutive days). */
export function validateProblem(input: unknown): { problem?: Problem; issues: ProblemIssue[] } {
  const parsed = problemSchema.safeParse(input);
  if (!parsed.success) {
    return {
      issues: parsed.error.issues.map((i) => ({
        path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        message: i.message,
      })),
    };
  }
  const p = parsed.data;
  const issues: ProblemIssue[] = [];
  const dates = new Set<string>();
  p.days.forEach((d, i) => {
    if (dates.has(d.date)) issues.push({ path: ['days', i, 'date'], message: 'duplicate date' });
    dates.add(d.date);
    if (i > 0 && dayDiff(p.days[i - 1].date, d.date) !== 1)
      issues.push({ path: ['days', i, 'date'], message: 'days must be consecutive calendar days' });
  });
  const shifts = new Set<string>();
  p.shiftTypes.forEach((s, i) => {
    if (shifts.has(s.id))
      issues.push({ path: ['shiftTypes', i, 'id'], message: 'duplicate shift id' });
    shifts.add(s.id);
  });
  p.shiftTypes.forEach((s, i) =>
    (s.forbiddenSuccessors ?? []).forEach((f, j) => {
      if (!shifts.has(f))
        issues.push({
          path: ['shiftTypes', i, 'forbiddenSuccessors', j],
          message: `unknown shift ${f}`,
        });
    }),
  );
  const people = new Set<string>();
  p.people.forEach((q, i) => {
    if (people.has(q.id))
      issues.push({ path: ['people', i, 'id'], message: 'duplicate person id' });
    people.add(q.id);
  });
  const checkSlot = (path: (string | number)[], d: string, s: string | undefined) => {
    if (!dates.has(d))
      issues.push({ path: [...path, 'date'], message: `date ${d} is not in days` });
    if (s !== undefined && !shifts.has(s))
      issues.push({ path: [...path, 'shift'], message: `unknown shift ${s}` });
  };
  const sessions = new Set<string>();
  p.cover.forEach((c, i) => {
    checkSlot(['cover', i], c.date, c.shift);
    const key = `${c.date}|${c.shift}`;
    if (sessions.has(key)) issues.push({ path: ['cover', i], message: 'duplicate cover item' });
    sessions.add(key);
    (c.people ?? []).forEach((id, j) => {
      if (!people.has(id))
        issues.push({ path: ['cover', i, 'people', j], message: `unknown person ${id}` });
    });
  });
  p.people.forEach((q, i) => {
    Object.keys(q.maxPerShift ?? {}).forEach((s) => {
      if (!shifts.has(s))
        issues.push({ path: ['people', i, 'maxPerShift', s], message: `unknown shift ${s}` });
    });
    (q.unavailable ?? []).forEach((u, j) =>
      checkSlot(['people', i, 'unavailable', j], u.date, u.shift),
    );
    (q.requests ?? []).forEach((u, j) => checkSlot(['people', i, 'requests', j], u.date, u.shift));
    (q.mustSit ?? []).forEach((u, j) => checkSlot(['people', i, 'mustSit', j], u.date, u.shift));
    (q.windows ?? []).forEach((w, j) => {
      if (w.from !== undefined && w.to !== undefined && w.to < w.from)
        issues.push({ path: ['people', i, 'windows', j, 'to'], message: 'to is before from' });
    });
    // Ranges may reach beyond the horizon (a period spanning two months): only order is checked.
    (q.rangeLimits ?? []).forEach((r, j) => {
      if (r.to < r.from)
        issues.push({ path: ['people', i, 'rangeLimits', j, 'to'], message: 'to is before from' });
      if (r.min === undefined && r.max === undefined)
        issues.push({ path: ['people', i, 'rangeLimits', j], message: 'needs min or max' });
    });
  });
  (p.poolQuotas ?? []).forEach((q, i) => {
    if (q.to < q.from) issues.push({ path: ['poolQuotas', i, 'to'], message: 'to is before from' });
  });
  const checkAssignment = (path: (string | number)[], a: Assignment) => {
    checkSlot(path, a.date, a.shift);
    if (!people.has(a.personId))
      issues.push({ path: [...path, 'personId'], message: `unknown person ${a.personId}` });
  };
  (p.pins ?? []).forEach((a, i) => checkAssignment(['pins', i], a));
  (p.previous?.assignments ?? []).forEach((a, i) =>
    checkAssignment(['previous', 'assignments', i], a),
  );
  // Fixed duties need no cover item, only a known date, shift and person.
  const fixedSeen = new Set<string>();
  (p.fixed ?? []).forEach((a, i) => {
    if (!dates.has(a.date))
      issues.push({ path: ['fixed', i, 'date'], message: `date ${a.date} is not in days` });
    if (!shifts.has(a.shift))
      issues.push({ path: ['fixed', i, 'shift'], message: `unknown shift ${a.shift}` });
    if (!people.has(a.personId))
      issues.push({ path: ['fixed', i, 'personId'], message: `unknown person ${a.personId}` });
    const key = `${a.date}|${a.shift}|${a.personId}`;
    if (fixedSeen.has(key)) issues.push({ path: ['fixed', i], message: 'duplicate fixed duty' });
    fixedSeen.add(key);
  });
  return issues.length ? { issues } : { problem: p, issues };
}

/** Throws ProblemValidationError; returns the parsed problem (defaults untouched). */
export function parseProblem(input: unknown): Problem {
  const { problem, issues } = validateProblem(input);
  if (!problem) throw new ProblemValidationError(issues);
  return problem;
}

export function dayDiff(a: string, b: string): number {
  return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86_400_000);
}

// ---- results ----

export type SolveStatus = 'optimal' | 'feasible' | 'infeasible' | 'timeout' | 'error';
export type BackendName = 'highs' | 'jslp';

/** One finding of the infeasibility diagnosis; message is for office staff (zh-CN). */
export interface Diagnosis {
  /** The rule it is about (see rules/index.ts); absent when no rule could be named. */
  rule?: string;
  /**
   * What was found: a pre-check's name (e.g. COVER_SUPPLY, defined with its rule) or, for an
   * elastic relaxation, `<rule>.<side>`; UNKNOWN when no explanation was found.
   */
  code: string;
  message: string;
  messageEn?: string;
  /** Elastic relaxations: the relaxed bound, 'under' a minimum or 'over' a maximum. */
  side?: 'under' | 'over';
  date?: string;
  shift?: string;
  personId?: string;
  /** Rotation pool of a pool quota finding. */
  pool?: string;
  /** Last date of a range finding (date is its first). */
  to?: string;
  required?: number;
  available?: number;
  /** How much the elastic re-solve had to relax this rule (e.g. missing people). */
  amount?: number;
  /** 'precheck' = proven by counting; 'elastic' = rules the relaxed re-solve had to break. */
  source: 'precheck' | 'elastic';
}

/** A rule a roster breaks, and where. `rule` is a registered rule id (rules/index.ts). */
export interface Violation {
  rule: string;
  /** Technical detail in English (logs); office wording comes from the rule's describe(). */
  message: string;
  /** Which bound: fewer than a minimum ('under') or more than a maximum ('over'). */
  side?: 'under' | 'over';
  date?: string;
  shift?: string;
  personId?: string;
  /** Last date of a range that starts at `date`. */
  to?: string;
  pool?: string;
  /** The bound that was broken and the count found. */
  limit?: number;
  actual?: number;
  /** Other dates the breach involves (e.g. the earlier duties of a too-close one). */
  dates?: string[];
  /** Which form of the rule, when it has several (e.g. a window of 'working' or 'calendar' days). */
  variant?: string;
  /** What the rule is about, by name: a range (2026年第2季度, 国庆特护期) or a requirement. */
  subject?: string;
}

export interface SolveResult {
  status: SolveStatus;
  backend: BackendName;
  /** Recomputed by the verifier from the assignments (null without a roster). */
  objective: number | null;
  /** Proven lower bound on the objective (null when the backend proves none). */
  bound: number | null;
  /** (objective - bound) / max(1, |objective|); 0 when optimal. */
  gap: number | null;
  seconds: number;
  penaltyByRule: Record<string, number>;
  penaltyByPerson: Record<string, number>;
  assignments: Assignment[];
  diagnosis?: Diagnosis[];
  /** Why the status is error/timeout etc. (English, for logs). */
  message?: string;
}
