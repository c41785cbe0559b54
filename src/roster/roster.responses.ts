import { z } from 'zod';
import { apiModel, dutyCode, sessionCode } from '../common/api-responses.js';
import { AVAILABILITY_KINDS, UNAVAILABLE_REASONS } from './availability.entity.js';
import { ROSTER_STATUSES } from './roster.entity.js';

const rosterStatus = z.enum(ROSTER_STATUSES);

/** A leader on a session or on call, on a date. */
const duty = { date: z.string(), session: dutyCode, leaderId: z.string() };

/** A duty of a roster, as the confirmation routes name it. */
const rosterDuty = { assignmentId: z.string(), rosterId: z.string(), ...duty };

export const findingResponse = apiModel(
  'Finding',
  z.object({
    severity: z.enum(['error', 'warning']),
    rule: z.string(),
    /** Short name of the rule for labels, e.g. 坐班间隔过近. */
    ruleName: z.string(),
    message: z.string(),
    date: z.string().optional(),
    session: dutyCode.optional(),
    leaderId: z.string().optional(),
    /** Every date the finding involves when it is about several duties (spacing). */
    dates: z.array(z.string()).optional(),
    /** Last date of a range the finding is about (a quarter, a special period). */
    to: z.string().optional(),
  }),
);

export const assignmentResponse = apiModel(
  'Assignment',
  z.object({
    id: z.string(),
    ...duty,
    pinned: z.boolean(),
    /** 确认出席: when the sitting leader confirmed (null: not yet). */
    confirmedAt: z.string().nullable(),
  }),
);

/** What every view of a roster starts with. */
const rosterHead = {
  id: z.string(),
  unitId: z.string(),
  month: z.string(),
  status: rosterStatus,
  version: z.number(),
  publishedVersion: z.number(),
};

export const rosterResponse = apiModel(
  'Roster',
  z.object({
    ...rosterHead,
    solver: z
      .object({
        status: z.string(),
        objective: z.number().nullable(),
        bound: z.number().nullable(),
        seconds: z.number(),
      })
      .nullable(),
    assignments: z.array(assignmentResponse),
    findings: z.array(findingResponse),
  }),
);

/** PATCH of a duty: the roster, and the rules the edit breaks that were kept before. */
export const editedRosterResponse = apiModel(
  'EditedRoster',
  z.intersection(rosterResponse, z.object({ brokenRules: z.array(findingResponse) })),
);

export const rosterSummaryResponse = apiModel(
  'RosterSummary',
  z.object({ ...rosterHead, updatedAt: z.string() }),
);

export const dutyChangeResponse = apiModel(
  'DutyChange',
  z.object({
    change: z.enum(['added', 'removed']),
    ...duty,
  }),
);

export const rosterVersionResponse = apiModel(
  'RosterVersion',
  z.object({
    number: z.number(),
    publishedAt: z.string(),
    publishedByName: z.string(),
    reason: z.string().nullable(),
    changes: z.array(dutyChangeResponse),
  }),
);

export const rosterDiffResponse = apiModel(
  'RosterDiff',
  z.object({ from: z.number(), to: z.number(), changes: z.array(dutyChangeResponse) }),
);

/** A leader's row in the year's tables, and the monthly bounds every quota has. */
const leaderHead = { leaderId: z.string(), code: z.string(), name: z.string() };
const monthlyQuota = { minPerMonth: z.number(), maxPerMonth: z.number() };

export const rosterStatsResponse = apiModel(
  'RosterStats',
  z.object({
    year: z.number(),
    leaders: z.array(
      apiModel(
        'LeaderFigures',
        z.object({
          ...leaderHead,
          quota: z.object({ ...monthlyQuota, maxPerQuarter: z.number().nullable() }),
          months: z.array(z.object({ month: z.string(), planned: z.number(), sat: z.number() })),
          year: z.object({ planned: z.number(), sat: z.number() }),
        }),
      ),
    ),
    months: z.array(
      apiModel(
        'MonthFigures',
        z.object({
          month: z.string(),
          status: rosterStatus,
          publishedVersion: z.number(),
          sessionsRequired: z.number(),
          sessionsCovered: z.number(),
          preferencesHonoured: z.number(),
          preferencesTotal: z.number(),
          spacingBreaks: z.number(),
        }),
      ),
    ),
  }),
);

/** GET /units/{id}/roster-year: per leader and month, planned and published against quotas. */
export const rosterYearResponse = apiModel(
  'RosterYear',
  z.object({
    year: z.number(),
    months: z.array(
      z.object({
        month: z.string(),
        rosterId: z.string().nullable(),
        status: rosterStatus.nullable(),
        publishedVersion: z.number(),
      }),
    ),
    periods: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        startDate: z.string(),
        endDate: z.string(),
        quotaPerLeader: z.number().nullable(),
      }),
    ),
    leaders: z.array(
      z.object({
        ...leaderHead,
        quota: z.object({
          ...monthlyQuota,
          minPerQuarter: z.number().nullable(),
          maxPerQuarter: z.number().nullable(),
        }),
        /** Reception sessions in the roster as it stands and as last published; on-call days. */
        months: z.array(
          z.object({
            month: z.string(),
            planned: z.number(),
            published: z.number(),
            onCall: z.number(),
          }),
        ),
        /** normal: the sessions the quarterly cap counts; reception: all reception sessions. */
        quarters: z.array(
          z.object({ quarter: z.number(), normal: z.number(), reception: z.number() }),
        ),
        periods: z.array(
          z.object({
            periodId: z.string(),
            planned: z.number(),
            quota: z.number(),
            onCall: z.number(),
          }),
        ),
      }),
    ),
  }),
);

/** The appointments booked on a duty: which stay with a new leader, where the others could go. */
export const appointmentImpactResponse = apiModel(
  'AppointmentImpact',
  z.object({
    stay: z.array(z.object({ caseCode: z.string() })),
    move: z.array(
      z.object({
        caseCode: z.string(),
        receiveBefore: z.string().nullable(),
        next: z
          .object({
            ...duty,
            leaderName: z.string(),
          })
          .nullable(),
      }),
    ),
  }),
);

export const substituteOptionResponse = apiModel(
  'SubstituteOption',
  z.object({
    leaderId: z.string(),
    name: z.string(),
    /** Rule penalties of the roster with this leader in the seat (lower is better). */
    penalty: z.number(),
    status: z.string(),
    consequences: z.array(findingResponse),
    appointments: appointmentImpactResponse,
  }),
);

const seat = { date: z.string(), session: z.string() };

export const dutySubstitutesResponse = apiModel(
  'DutySubstitutes',
  z.object({
    ...seat,
    leaderId: z.string(),
    options: z.array(substituteOptionResponse),
    seconds: z.number(),
  }),
);

export const dutyConsequencesResponse = apiModel(
  'DutyConsequences',
  z.object({
    ...seat,
    leaderId: z.string(),
    /** No hard rule broken. */
    possible: z.boolean(),
    consequences: z.array(findingResponse),
    appointments: appointmentImpactResponse,
  }),
);

export const dutyConfirmationResponse = apiModel(
  'DutyConfirmation',
  z.object({
    ...rosterDuty,
    confirmedAt: z.string().nullable(),
    confirmedVia: z.string().nullable(),
  }),
);

export const unconfirmedDutiesResponse = apiModel(
  'UnconfirmedDuties',
  z.object({
    unitId: z.string(),
    workingDays: z.number(),
    duties: z.array(
      apiModel('UnconfirmedDuty', z.object({ ...rosterDuty, leaderName: z.string() })),
    ),
  }),
);

export const availabilityResponse = apiModel(
  'Availability',
  z.object({
    id: z.string(),
    leaderId: z.string(),
    date: z.string(),
    session: sessionCode.nullable(),
    kind: z.enum(AVAILABILITY_KINDS),
    reason: z.enum(UNAVAILABLE_REASONS).nullable(),
    note: z.string(),
  }),
);
