import { z } from 'zod';
import { attendanceCountsResponse } from '../attendance/index.js';
import { apiModel } from '../common/api-responses.js';

/** The hall's figures for a window, each defined once in hall-figures.ts (README, 统计口径). */
export const hallFiguresResponse = apiModel(
  'HallFigures',
  z.object({
    sittingDays: z.number(),
    sittingHalfDays: z.number(),
    walkInBatches: z.number(),
    walkInPersons: z.number(),
    appointmentBatches: z.number(),
    appointmentPersons: z.number(),
    batches: z.number(),
    persons: z.number(),
    priorityReceived: z.number(),
    priorityResolved: z.number(),
    casesOpen: z.number(),
    casesClosed: z.number(),
    dueInPeriod: z.number(),
    closedOnTime: z.number(),
    /** null when nothing was due. */
    onTimeRate: z.number().nullable(),
    followUps: z.number(),
    satisfied: z.number(),
    /** null without follow-ups. */
    satisfactionRate: z.number().nullable(),
    substitutions: z.number(),
    absences: z.number(),
  }),
);

const figures = hallFiguresResponse;

/** GET /units/{id}/hall-figures: the year per unit, month, special period and leader. */
export const hallYearResponse = apiModel(
  'HallYear',
  z.object({
    unit: z.object({ id: z.string(), name: z.string(), issuingOffice: z.string() }),
    year: z.number(),
    asOf: z.string(),
    /** Seeded demonstration data is among the facts. */
    demo: z.boolean(),
    total: figures,
    sentence: z.string(),
    byUnit: z.array(z.object({ unitId: z.string(), name: z.string(), figures })),
    byMonth: z.array(z.object({ month: z.string(), figures })),
    byPeriod: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        startDate: z.string(),
        endDate: z.string(),
        figures,
        sentence: z.string(),
      }),
    ),
    byLeader: z.array(
      z.object({
        leaderId: z.string(),
        code: z.string(),
        name: z.string(),
        title: z.string(),
        figures,
        attendance: attendanceCountsResponse,
      }),
    ),
  }),
);
