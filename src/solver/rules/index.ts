/**
 * The registry: every roster rule, once. The model builder adds them in this order, and the
 * verifier, the diagnosis and the office's findings look rules up here by id.
 */
import { coverRule } from './cover.js';
import { eligibilityRule } from './eligibility.js';
import { fairnessRule } from './fairness.js';
import { forbiddenSuccessionRule } from './forbidden-succession.js';
import { maxPerDayRule } from './max-per-day.js';
import { maxPerShiftRule } from './max-per-shift.js';
import { minutesRule } from './minutes.js';
import { mustSitRule } from './must-sit.js';
import { pinRule } from './pin.js';
import { poolQuotaRule } from './pools.js';
import { rangeLimitRule } from './ranges.js';
import { requestRule } from './requests.js';
import { duplicateRule, sessionRule } from './roster-shape.js';
import type { Rule } from './rule.js';
import type { Words } from './words.js';
import type { Violation } from '../problem.js';
import { maxConsecutiveRule, minConsecutiveRule, minDaysOffRule } from './sequences.js';
import { changeRule } from './stability.js';
import { totalRule } from './total.js';
import { unavailableRule } from './unavailable.js';
import { maxWeekendsRule } from './weekends.js';
import { windowRule } from './windows.js';

export const RULES: readonly Rule[] = [
  duplicateRule,
  sessionRule,
  eligibilityRule,
  unavailableRule,
  pinRule,
  coverRule,
  totalRule,
  maxPerShiftRule,
  minutesRule,
  rangeLimitRule,
  poolQuotaRule,
  maxPerDayRule,
  forbiddenSuccessionRule,
  windowRule,
  mustSitRule,
  maxConsecutiveRule,
  minConsecutiveRule,
  minDaysOffRule,
  maxWeekendsRule,
  requestRule,
  fairnessRule,
  changeRule,
];

/** Rules about several people at once; every other rule can be judged one person at a time. */
export const SHARED_RULE_IDS: ReadonlySet<string> = new Set([
  coverRule.id,
  poolQuotaRule.id,
  pinRule.id,
]);

const byId = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

/** The office's name of a rule, or of one side of it when the sides read differently. */
export function ruleLabel(id: string, side?: 'under' | 'over'): string {
  const rule = byId.get(id);
  if (!rule) return id;
  return (side && rule.sideLabels?.[side]) ?? rule.label;
}

export function elasticCost(id: string): number {
  return byId.get(id)?.elasticCost ?? 2;
}

/** A breach in the office's words: '2026-03-05 上午：程望岳 已登记不可出席'. */
export function describeViolation(v: Violation, w: Words): string {
  const place = v.date ? `${w.at(v.date, v.shift)}：` : '';
  const said = byId.get(v.rule)?.describe?.(v, w);
  if (said !== undefined) return place + said;
  const who = v.personId ? `${w.who(v.personId)}：` : '';
  return `${place}${who}${ruleLabel(v.rule, v.side)}`;
}
