/**
 * The rules a roster breaks, in words office staff read: hard rules (errors: the roster cannot be
 * published) and soft rules (warnings), each placed on a date/session/leader where it has one.
 * The facts come from the solver's independent verifier; this file only words them.
 */
import { verify, type Assignment, type Problem, type Violation } from '../solver/index.js';
import { SESSION_NAMES, type SessionCode } from './problem-builder.js';
import { spacingBreaches, type SpacingBreach } from './spacing.js';

export interface Finding {
  severity: 'error' | 'warning';
  rule: string;
  /** Short name of the rule for labels, e.g. 坐班间隔过近. */
  ruleName: string;
  message: string;
  date?: string;
  session?: SessionCode;
  leaderId?: string;
  /** Every date the finding involves when it is about several duties (spacing), `date` last. */
  dates?: string[];
}

const RULE_NAMES: Record<string, string> = {
  cover: '接访人数',
  'cover.under': '接访人数不足',
  'cover.over': '接访人数过多',
  unavailable: '领导不可出席',
  eligibility: '不在轮值范围',
  pin: '固定安排缺失',
  duplicate: '重复安排',
  session: '无此接访场次',
  total: '月度坐班次数',
  'total.under': '未达月度最少坐班次数',
  'total.over': '超过月度最多坐班次数',
  maxPerDay: '同日重复坐班',
  window: '坐班间隔过近',
  'request.on': '未安排在希望的日期',
  'request.off': '安排在希望回避的日期',
  fairness: '跨月负担不均衡',
  change: '调整已发布的安排',
  rangeLimit: '超过特护期内的坐班上限',
  poolQuota: '轮值组未达特护期班次要求',
};

export function ruleName(rule: string): string {
  return RULE_NAMES[rule] ?? rule;
}

function place(v: { date?: string; shift?: string }): string {
  if (!v.date) return '';
  const session = v.shift ? ` ${SESSION_NAMES[v.shift as SessionCode] ?? v.shift}` : '';
  return `${v.date}${session}：`;
}

function words(
  v: Violation,
  problem: Problem,
  names: Map<string, string>,
  counts: Map<string, number>,
): string {
  const who = v.personId ? (names.get(v.personId) ?? v.personId) : '';
  switch (v.rule) {
    case 'cover': {
      const cover = problem.cover.find((c) => c.date === v.date && c.shift === v.shift);
      const has = counts.get(`${v.date}|${v.shift}`) ?? 0;
      return `${place(v)}需要 ${cover?.required ?? '?'} 名领导，现安排 ${has} 名`;
    }
    case 'unavailable':
      return `${place(v)}${who} 已登记不可出席`;
    case 'eligibility':
      return `${place(v)}${who} 不在该场次的轮值范围内`;
    case 'pin':
      return `${place(v)}固定安排的 ${who} 未被安排`;
    case 'maxPerDay':
      return `${place(v)}${who} 同一天安排了两个场次`;
    case 'total':
      return `${who} 本月坐班次数不符合要求（${v.message}）`;
    default:
      return `${place(v)}${who ? who + '：' : ''}${ruleName(v.rule)}`;
  }
}

function spacingFinding(b: SpacingBreach, names: Map<string, string>): Finding {
  const who = names.get(b.personId) ?? b.personId;
  const message =
    b.max === 1
      ? `${place(b)}${who} 距上次坐班（${b.earlier[0]}）不足 ${b.days} 个工作日`
      : `${place(b)}${who} ${b.days} 个工作日内坐班超过 ${b.max} 次（另见 ${b.earlier.join('、')}）`;
  return {
    severity: 'warning',
    rule: 'window',
    ruleName: ruleName('window'),
    message,
    date: b.date,
    session: b.shift as SessionCode,
    leaderId: b.personId,
    dates: [...b.earlier, b.date],
  };
}

/** Hard violations and soft breaches of a roster, worded and placed. */
export function findings(
  problem: Problem,
  assignments: readonly Assignment[],
  names: Map<string, string>,
): Finding[] {
  const result = verify(problem, assignments);
  const counts = new Map<string, number>();
  for (const a of assignments) {
    counts.set(`${a.date}|${a.shift}`, (counts.get(`${a.date}|${a.shift}`) ?? 0) + 1);
  }
  const toFinding = (severity: Finding['severity']) => (v: Violation) => ({
    severity,
    rule: v.rule,
    ruleName: ruleName(v.rule),
    message: words(v, problem, names, counts),
    ...(v.date ? { date: v.date } : {}),
    ...(v.shift ? { session: v.shift as SessionCode } : {}),
    ...(v.personId ? { leaderId: v.personId } : {}),
  });
  return [
    ...result.hardViolations.map(toFinding('error')),
    // Fairness and stability are objectives, not breaches anyone needs to act on; spacing is
    // counted per duty (spacing.ts), not per window as the objective charges it.
    ...result.softViolations
      .filter((v) => v.rule !== 'fairness' && v.rule !== 'change' && v.rule !== 'window')
      .map(toFinding('warning')),
    ...spacingBreaches(problem, assignments).map((b) => spacingFinding(b, names)),
  ];
}
