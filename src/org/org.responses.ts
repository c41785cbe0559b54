import { z } from 'zod';
import { apiModel, sessionCode } from '../common/api-responses.js';
import { LEADER_RANKS, ROTATION_POOLS } from './leader.entity.js';

export const rosterRulesResponse = apiModel(
  'RosterRules',
  z.object({
    normalSessions: z.array(sessionCode),
    normalLeadersPerSession: z.number(),
    spacingWorkingDays: z.number(),
  }),
);

export const unitResponse = apiModel(
  'Unit',
  z.object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    receptionVenue: z.string(),
    sessionTemplates: z.array(z.object({ code: sessionCode, start: z.string(), end: z.string() })),
    rosterRules: rosterRulesResponse.nullable(),
    /** 落款 of the printed notice. */
    issuingOffice: z.string(),
    /** A handling deadline on a rest day moves to the next working day. */
    deadlineRollsToWorkingDay: z.boolean(),
  }),
);

export const rotationPool = z.enum(ROTATION_POOLS);
export const leaderRank = z.enum(LEADER_RANKS);

export const leaderResponse = apiModel(
  'Leader',
  z.object({
    id: z.string(),
    unitId: z.string(),
    code: z.string(),
    name: z.string(),
    title: z.string(),
    protocolOrder: z.number(),
    rotationPool,
    portfolioSubjects: z.array(z.string()),
    portfolioText: z.string(),
    minSessionsPerMonth: z.number(),
    maxSessionsPerMonth: z.number(),
    maxSessionsPerQuarter: z.number().nullable(),
    minSessionsPerQuarter: z.number().nullable(),
    rank: leaderRank,
    /** Separate reception place; null: the unit's venue. */
    venue: z.string().nullable(),
    publicReception: z.boolean(),
    active: z.boolean(),
    version: z.number(),
  }),
);

export const subjectResponse = apiModel(
  'Subject',
  z.object({ code: z.string(), name: z.string(), restricted: z.boolean() }),
);

export const departmentResponse = apiModel(
  'Department',
  z.object({
    id: z.string(),
    unitId: z.string(),
    name: z.string(),
    subjectCodes: z.array(z.string()),
    active: z.boolean(),
  }),
);
