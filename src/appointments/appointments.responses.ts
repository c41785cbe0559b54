import { z } from 'zod';
import { apiModel, pageOf, sessionCode } from '../common/api-responses.js';
import { APPOINTMENT_STATUSES } from './appointment.entity.js';
import {
  CASE_STATUSES,
  DISCIPLINE_STATES,
  RISK_LEVELS,
  SUBMITTING_BODIES,
} from './priority-case.entity.js';
import { RECEPTION_OUTCOMES } from './reception-record.entity.js';
import { SATISFACTION, WALK_IN_STATUSES } from './walk-ins/walk-in.entity.js';

const risk = z.enum(RISK_LEVELS);
const caseStatus = z.enum(CASE_STATUSES);
const outcome = z.enum(RECEPTION_OUTCOMES);
const unmatchedReason = z.enum([
  'no_eligible_leader',
  'no_session_before_deadline',
  'capacity_full',
]);

export const petitionerResponse = apiModel(
  'PetitionerView',
  z.object({
    position: z.number(),
    /** Masked unless the caller asked to reveal and may (then the read is audited). */
    name: z.string().nullable(),
    phone: z.string().nullable(),
    idNumber: z.string().nullable(),
  }),
);

/** What a case and a walk-in end with: their petitioners, masked or not, and the row's stamps. */
const withPetitioners = {
  petitioners: z.array(petitionerResponse),
  /** True when the personal fields are shown in full (and the read was audited). */
  piiRevealed: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const priorityCaseResponse = apiModel(
  'PriorityCase',
  z.object({
    id: z.string(),
    unitId: z.string(),
    reference: z.string(),
    submittedBy: z.enum(SUBMITTING_BODIES),
    batch: z.string().nullable(),
    subjectCode: z.string(),
    subjectLabel: z.string(),
    subcategory: z.string().nullable(),
    locality: z.string().nullable(),
    summary: z.string(),
    risk,
    groupSize: z.number(),
    repeatCount: z.number(),
    backlogYears: z.number(),
    flags: apiModel(
      'CaseFlags',
      z.object({
        crossLevel: z.boolean(),
        beijing: z.boolean(),
        threeCross: z.boolean(),
        threat: z.boolean(),
        lawRelated: z.boolean(),
        accusation: z.boolean(),
      }),
    ),
    routing: z.enum(['public', 'politics_law', 'restricted']),
    receiveBefore: z.string().nullable(),
    previousLeaderId: z.string().nullable(),
    departmentIds: z.array(z.string()),
    status: caseStatus,
    /** Why the last matching run left the case unmatched. */
    matchNote: z
      .object({ month: z.string(), reason: unmatchedReason, message: z.string() })
      .nullable(),
    closedReason: z.string().nullable(),
    /** 检举控告 hand-over: 已受理 / 已移交纪检 / 纪检已签收 (null for other cases). */
    disciplineState: z.enum(DISCIPLINE_STATES).nullable(),
    handedTo: z.string().nullable(),
    handedAt: z.string().nullable(),
    handedBy: z.string().nullable(),
    acknowledgedAt: z.string().nullable(),
    accusedLeaderId: z.string().nullable(),
    ...withPetitioners,
  }),
);

export const casePageResponse = apiModel('CasePage', pageOf(priorityCaseResponse));

/** PATCH /priority-cases/{id}: the case, and what the edit did to its open appointments. */
export const caseUpdateResponse = apiModel(
  'CaseUpdateResult',
  z.intersection(
    priorityCaseResponse,
    z.object({
      appointmentEffects: z.array(
        z.object({
          appointmentId: z.string(),
          /** cancelled: may no longer be received publicly; flagged: back to "proposed". */
          action: z.enum(['cancelled', 'flagged']),
          reasons: z.array(z.string()),
        }),
      ),
    }),
  ),
);

/** Cases submitted or imported: how many, and each one's reference and routing. */
export const casesCreatedResponse = apiModel(
  'CasesCreated',
  z.object({
    created: z.number(),
    cases: z.array(
      z.object({
        row: z.number(),
        id: z.string(),
        reference: z.string(),
        routing: z.string(),
        status: z.string(),
      }),
    ),
  }),
);

export const appointmentResponse = apiModel(
  'Appointment',
  z.object({
    id: z.string(),
    unitId: z.string(),
    caseId: z.string(),
    caseReference: z.string(),
    subjectCode: z.string(),
    risk,
    groupSize: z.number(),
    leaderId: z.string(),
    date: z.string(),
    session: sessionCode,
    slotStart: z.string().nullable(),
    slotEnd: z.string().nullable(),
    departmentIds: z.array(z.string()),
    status: z.enum(APPOINTMENT_STATUSES),
    month: z.string(),
    score: z.number(),
    flagged: z.boolean(),
    note: z.string().nullable(),
    version: z.number(),
  }),
);

export const matchOutcomeResponse = apiModel(
  'MatchOutcome',
  z.object({
    month: z.string(),
    status: z.string(),
    objective: z.number(),
    seconds: z.number(),
    capacityPerSession: z.number(),
    proposals: z.array(appointmentResponse),
    unmatched: z.array(
      z.object({
        caseId: z.string(),
        caseReference: z.string(),
        reason: unmatchedReason,
        message: z.string(),
      }),
    ),
  }),
);

/** A reception record as stored (POST …/reception, POST …/extend). */
export const receptionSavedResponse = apiModel(
  'ReceptionRecordSaved',
  z.object({
    id: z.string(),
    appointmentId: z.string(),
    leaderId: z.string(),
    date: z.string(),
    persons: z.number(),
    batches: z.number(),
    outcome,
    handlingDepartmentId: z.string().nullable(),
    /** The deadline the clocks follow (rolled past a rest day when the unit rolls deadlines). */
    dueDate: z.string().nullable(),
    /** The last day as counted (60 days, 90 extended), before any roll. */
    nominalDueDate: z.string().nullable(),
    extensionReason: z.string().nullable(),
    note: z.string().nullable(),
  }),
);

/** GET /units/{id}/reception-records: what happened at each reception, and its 办理时限. */
export const receptionRecordResponse = apiModel(
  'ReceptionRecord',
  z.object({
    id: z.string(),
    appointmentId: z.string(),
    caseId: z.string(),
    caseReference: z.string(),
    caseStatus,
    subjectCode: z.string(),
    leaderId: z.string(),
    leaderName: z.string(),
    date: z.string(),
    session: sessionCode,
    slotStart: z.string().nullable(),
    slotEnd: z.string().nullable(),
    persons: z.number(),
    batches: z.number(),
    outcome,
    handlingDepartmentId: z.string().nullable(),
    handlingDepartmentName: z.string().nullable(),
    /** The deadline in force: rolled to the next working day when the counted one is a rest day. */
    dueDate: z.string().nullable(),
    /** The last day as counted (60 days, 90 extended). */
    nominalDueDate: z.string().nullable(),
    dueDateRolled: z.boolean(),
    originalDueDate: z.string().nullable(),
    extended: z.boolean(),
    extensionReason: z.string().nullable(),
    /** none (resolved on the spot), running, overdue, or stopped (the case is closed). */
    deadline: z.enum(['none', 'running', 'overdue', 'stopped']),
    /** Days from today to the due date (negative when overdue); null without a running clock. */
    daysLeft: z.number().nullable(),
    note: z.string().nullable(),
    recordedAt: z.string(),
  }),
);

export const receptionRecordPageResponse = apiModel(
  'ReceptionRecordPage',
  pageOf(receptionRecordResponse),
);

const batchesAndPersons = z.object({ batches: z.number(), persons: z.number() });

/** GET /units/{id}/reception-figures: 约访接访 批次 and 人次 per leader and month. */
export const receptionFiguresResponse = apiModel(
  'ReceptionFigures',
  z.object({
    year: z.number(),
    byLeader: z.array(
      z.object({
        leaderId: z.string(),
        code: z.string(),
        name: z.string(),
        months: z.array(batchesAndPersons.extend({ month: z.string() })),
        total: batchesAndPersons,
      }),
    ),
    byMonth: z.array(batchesAndPersons.extend({ month: z.string() })),
    total: batchesAndPersons,
  }),
);

/** A walk-in batch (来访) as a role sees it: personal fields masked unless revealed. */
export const walkInResponse = apiModel(
  'WalkIn',
  z.object({
    id: z.string(),
    unitId: z.string(),
    reference: z.string(),
    date: z.string(),
    session: sessionCode,
    leaderId: z.string(),
    leaderName: z.string(),
    caseLeaderId: z.string(),
    caseLeaderName: z.string(),
    caseLeaderReason: z.string().nullable(),
    persons: z.number(),
    subjectCode: z.string(),
    locality: z.string().nullable(),
    summary: z.string(),
    demands: z.string(),
    outcome,
    handlingDepartmentId: z.string().nullable(),
    followUp: z.string().nullable(),
    dueDate: z.string().nullable(),
    nominalDueDate: z.string().nullable(),
    status: z.enum(WALK_IN_STATUSES),
    duplicateOfCaseId: z.string().nullable(),
    duplicateOfWalkInId: z.string().nullable(),
    duplicateOfReference: z.string().nullable(),
    closedOn: z.string().nullable(),
    result: z.string().nullable(),
    followedUpOn: z.string().nullable(),
    satisfaction: z.enum(SATISFACTION).nullable(),
    resolved: z.boolean().nullable(),
    escalatedCaseId: z.string().nullable(),
    demo: z.boolean(),
    ...withPetitioners,
  }),
);

export const walkInPageResponse = apiModel('WalkInPage', pageOf(walkInResponse));

/** The leader's briefing (接访前情况简介) for each upcoming session. */
export const briefingResponse = apiModel(
  'Briefing',
  z.object({
    leaderId: z.string(),
    leaderName: z.string(),
    sessions: z.array(
      z.object({
        date: z.string(),
        session: sessionCode,
        /** Today is the session day: names may be revealed (audited). */
        sessionDay: z.boolean(),
        revealed: z.boolean(),
        cases: z.array(
          z.object({
            appointmentId: z.string(),
            caseId: z.string(),
            reference: z.string(),
            subjectCode: z.string(),
            risk: z.string(),
            groupSize: z.number(),
            slotStart: z.string().nullable(),
            slotEnd: z.string().nullable(),
            summary: z.string(),
            locality: z.string().nullable(),
            /** 包案: the leader who carried the case before (continuity), by name. */
            previousLeaderName: z.string().nullable(),
            /** Earlier receptions of the case and walk-ins of its petitioners. */
            history: z.array(
              z.object({
                date: z.string(),
                leaderName: z.string(),
                outcome: z.string(),
                reference: z.string().optional(),
              }),
            ),
            departments: z.array(z.string()),
            /** Names only, masked until the session day (then in full on an audited read). */
            petitioners: z.array(z.string()),
          }),
        ),
      }),
    ),
  }),
);
