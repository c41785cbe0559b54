/**
 * The hall's figures for reports, each defined once here (and in the README, 统计口径), computed
 * from the record (attendance, walk-in receptions, reception records of appointments), never from
 * the plan. Pure: plain facts in, figures out.
 */
import type { DutyRecord } from '../attendance/index.js';
import type { ReceptionFact, Satisfaction, WalkInStatus } from '../appointments/index.js';

export interface WalkInFact {
  id: string;
  date: string;
  session: 'AM' | 'PM';
  leaderId: string;
  caseLeaderId: string;
  persons: number;
  status: WalkInStatus;
  dueDate: string | null;
  closedOn: string | null;
  satisfaction: Satisfaction | null;
  /** Linked to an open case or walk-in: received again, not a new matter. */
  duplicate: boolean;
  /** Seeded demonstration data. */
  demo?: boolean;
}

export interface HallFacts {
  duties: DutyRecord[];
  walkIns: WalkInFact[];
  receptions: ReceptionFact[];
  /** Deadlines after today are not yet due. */
  today: string;
}

export interface HallFigures {
  /** 坐班天数: days with a reception session (AM/PM) actually sat (到岗 or 代班 recorded). */
  sittingDays: number;
  /** 坐班半天数: reception sessions (half days) actually sat. */
  sittingHalfDays: number;
  /** 来访接待批次 / 人次: walk-in batches registered, persons in them (duplicates included: they came). */
  walkInBatches: number;
  walkInPersons: number;
  /** 约访接待批次 / 人次: reception records of 重点约访 appointments (批次 and 人次 as recorded). */
  appointmentBatches: number;
  appointmentPersons: number;
  /** 约访接访批次 / 人次: both together. */
  batches: number;
  persons: number;
  /** 重点约访 接待: cases received (distinct cases with a reception record). */
  priorityReceived: number;
  /** 重点约访 化解: of those, resolved on the spot (当场化解) or closed (办结). */
  priorityResolved: number;
  /** 包案 在办 / 办结: matters carried (walk-ins by 包案 leader, not duplicates, not escalated; received cases). */
  casesOpen: number;
  casesClosed: number;
  /** 按期办结: matters with a handling deadline in the period, already due or closed … */
  dueInPeriod: number;
  /** … of which closed on or before their deadline. */
  closedOnTime: number;
  /** 按期办结率 = closedOnTime / dueInPeriod (null when nothing was due). */
  onTimeRate: number | null;
  /** 回访: walk-ins followed up; 满意 + 基本满意 among them. */
  followUps: number;
  satisfied: number;
  /** 群众满意率 = satisfied / followUps (null without follow-ups). */
  satisfactionRate: number | null;
  /** 代班: duties sat by another leader than planned (recorded 代班). */
  substitutions: number;
  /** 缺席: duties nobody sat. */
  absences: number;
}

export interface Window {
  from: string;
  to: string;
  /** One leader's figures: sat by, received by, carried by (包案) that leader. */
  leaderId?: string;
}

const within = (date: string | null, w: Window) => date !== null && date >= w.from && date <= w.to;
const rate = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 10);
const SAT = new Set(['present', 'substituted']);

export function hallFigures(facts: HallFacts, w: Window): HallFigures {
  const mine = (leaderId: string) => w.leaderId === undefined || leaderId === w.leaderId;
  const sat = facts.duties.filter(
    (d) =>
      within(d.date, w) &&
      d.session !== 'CALL' &&
      SAT.has(d.status) &&
      d.satLeaderId !== null &&
      mine(d.satLeaderId),
  );
  const walkIns = facts.walkIns.filter((x) => within(x.date, w) && mine(x.leaderId));
  const receptions = facts.receptions.filter((r) => within(r.date, w) && mine(r.leaderId));
  const received = new Map(receptions.map((r) => [r.caseId, r]));
  const resolvedCases = new Set(
    receptions
      .filter((r) => r.outcome === 'resolved' || r.caseStatus === 'closed')
      .map((r) => r.caseId),
  );
  // Matters carried (包案): by the 包案 leader of a walk-in, by the receiving leader of a case.
  const matters = facts.walkIns.filter(
    (x) => within(x.date, w) && !x.duplicate && x.status !== 'escalated' && mine(x.caseLeaderId),
  );
  const clocks = [
    ...facts.walkIns
      .filter((x) => !x.duplicate && mine(x.caseLeaderId))
      .map((x) => ({ due: x.dueDate, closed: x.closedOn })),
    ...facts.receptions
      .filter((r) => mine(r.leaderId))
      .map((r) => ({ due: r.dueDate, closed: r.caseClosedOn })),
  ].filter((c) => within(c.due, w) && (c.due! < facts.today || c.closed !== null));
  const onTime = clocks.filter((c) => c.closed !== null && c.closed <= c.due!).length;
  const followed = walkIns.filter((x) => x.satisfaction !== null);
  const happy = followed.filter((x) => x.satisfaction !== 'unsatisfied').length;
  const dutiesIn = facts.duties.filter((d) => within(d.date, w));
  const walkInPersons = walkIns.reduce((s, x) => s + x.persons, 0);
  const appointmentBatches = receptions.reduce((s, r) => s + r.batches, 0);
  const appointmentPersons = receptions.reduce((s, r) => s + r.persons, 0);
  return {
    sittingDays: new Set(sat.map((d) => d.date)).size,
    sittingHalfDays: new Set(sat.map((d) => `${d.date}|${d.session}`)).size,
    walkInBatches: walkIns.length,
    walkInPersons,
    appointmentBatches,
    appointmentPersons,
    batches: walkIns.length + appointmentBatches,
    persons: walkInPersons + appointmentPersons,
    priorityReceived: received.size,
    priorityResolved: resolvedCases.size,
    casesOpen:
      matters.filter((x) => x.status === 'open').length +
      [...received.values()].filter((r) => r.caseStatus !== 'closed').length,
    casesClosed:
      matters.filter((x) => x.status === 'closed').length +
      [...received.values()].filter((r) => r.caseStatus === 'closed').length,
    dueInPeriod: clocks.length,
    closedOnTime: onTime,
    onTimeRate: rate(onTime, clocks.length),
    followUps: followed.length,
    satisfied: happy,
    satisfactionRate: rate(happy, followed.length),
    substitutions: dutiesIn.filter(
      (d) =>
        d.status === 'substituted' &&
        (w.leaderId === undefined || d.plannedLeaderId === w.leaderId),
    ).length,
    absences: dutiesIn.filter(
      (d) =>
        d.status === 'absent' && (w.leaderId === undefined || d.plannedLeaderId === w.leaderId),
    ).length,
  };
}

/** The figure names as the report and the spreadsheet show them, in their order. */
export const FIGURE_LABELS: Array<[keyof HallFigures, string]> = [
  ['sittingDays', '坐班天数'],
  ['sittingHalfDays', '坐班半天数'],
  ['walkInBatches', '来访接待批次'],
  ['walkInPersons', '来访接待人次'],
  ['appointmentBatches', '约访接待批次'],
  ['appointmentPersons', '约访接待人次'],
  ['batches', '约访接访批次'],
  ['persons', '约访接访人次'],
  ['priorityReceived', '重点约访接待件数'],
  ['priorityResolved', '重点约访化解件数'],
  ['casesOpen', '包案在办'],
  ['casesClosed', '包案办结'],
  ['dueInPeriod', '应办结件数'],
  ['closedOnTime', '按期办结件数'],
  ['onTimeRate', '按期办结率(%)'],
  ['followUps', '回访件数'],
  ['satisfied', '满意及基本满意'],
  ['satisfactionRate', '群众满意率(%)'],
  ['substitutions', '代班次数'],
  ['absences', '缺席次数'],
];

/** "全国两会特护期" → "全国两会特护期间"; "春节" → "春节特护期间". */
export function periodPhrase(name: string): string {
  return name.endsWith('期') ? `${name}间` : `${name}特护期间`;
}

/** The annual report's sentence: "2026年全国两会特护期间，市级领导坐班13天，约访接访7批次17人次". */
export function reportSentence(
  year: number,
  periodName: string | null,
  levelWord: string,
  f: HallFigures,
): string {
  const when = periodName ? `${year}年${periodPhrase(periodName)}` : `${year}年`;
  return `${when}，${levelWord}领导坐班${f.sittingDays}天，约访接访${f.batches}批次${f.persons}人次`;
}
