/**
 * What one roster rule is made of. Each rule lives in one module of this folder and is registered
 * once in `rules/index.ts`; the model builder, the verifier, the infeasibility diagnosis and the
 * office's findings all iterate that list, so adding a rule means writing its module, its test
 * and one registry line.
 *
 * The model side (`model`) and the check side (`check`) are deliberately written twice: the check
 * recomputes the rule from the roster alone, so one mistake cannot hide in both.
 */
import type { ModelContext } from '../model/context.js';
import type { Diagnosis, Person, Violation } from '../problem.js';
import type { PrecheckContext } from './precheck-context.js';
import type { RosterFacts } from './roster-facts.js';
import type { Words } from './words.js';

/** Which bound a breach or relaxation is on: fewer than a minimum, or more than a maximum. */
export type Side = 'under' | 'over';

/** What a model row or an elastic slack stands for: the rule and where it applies. */
export interface RuleTag {
  rule: string;
  personId?: string;
  date?: string;
  shift?: string;
  /** Rotation pool of a pool quota. */
  pool?: string;
  /** Last date of a range that starts at `date`. */
  to?: string;
  limit?: number;
}

/** A hard rule the elastic re-solve had to relax, and by how much. */
export interface Relaxation extends RuleTag {
  side: Side;
  amount: number;
}

export interface Rule {
  /** The rule's one name, used by violations, penalties, relaxations and findings. */
  id: string;
  /** Name for office staff (zh-CN), e.g. 坐班间隔过近. */
  label: string;
  /** Names of the two sides when they read differently, e.g. 接访人数不足 / 接访人数过多. */
  sideLabels?: Record<Side, string>;
  /** Elastic price of relaxing one unit of the hard rule (default 2; cover 1 is blamed first). */
  elasticCost?: number;
  /** Adds the rule's constraints and penalties to the model. */
  model?(ctx: ModelContext): void;
  /** Recomputes the rule from the roster: reports hard breaches and prices soft ones. */
  check?(facts: RosterFacts): void;
  /** The same, for a rule about each person on their own (called once per person). */
  checkPerson?(facts: RosterFacts, person: Person): void;
  /** Counting arguments that prove the hard rule cannot hold (each finding is a proof). */
  precheck?(ctx: PrecheckContext): Diagnosis[];
  /** zh-CN sentence for a relaxation of the elastic re-solve. */
  relaxed?(r: Relaxation, w: Words): string;
  /** zh-CN sentence for a breach in a finished roster (without the leading place). */
  describe?(v: Violation, w: Words): string;
}

/** Runs a rule's independent check over a roster's facts (the verifier's step for one rule). */
export function runCheck(rule: Rule, facts: RosterFacts): void {
  rule.check?.(facts);
  if (rule.checkPerson) for (const person of facts.problem.people) rule.checkPerson(facts, person);
}
