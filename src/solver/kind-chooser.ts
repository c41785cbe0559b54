/**
 * Which neighbourhood kind the search tries next (adaptive large-neighbourhood search): each
 * kind is drawn with a share of its recent improvements per unit of cost, and never less than a
 * floor, so a kind that stopped paying is still tried now and then. On Curtois 8 windows of days
 * gained about 500 a second and groups of people about 40, yet a fixed rotation gave them equal
 * turns. Improvements are counted, not their size, and every kind starts with the same credit:
 * scored by size, one early gain of 1 drew groups of people 30 times in 40 on Curtois 6, and
 * the block that would have gained 86 three times.
 */
import { KINDS, type Kind } from './neighbourhoods.js';

/** Share of the draws spread evenly over the kinds, whatever they gained. */
const FLOOR = 0.4;
/** Weight of the latest sub-problem in a kind's score. */
const RECENT = 0.3;
/** Every kind's score before it has been tried: one improvement a second (or a try). */
const PRIOR = 1;

export class KindChooser {
  private readonly score = new Map<Kind, number>(KINDS.map((k) => [k, PRIOR]));

  constructor(private readonly random: () => number) {}

  next(): Kind {
    const total = [...this.score.values()].reduce((a, b) => a + b, 0);
    const even = total > 0 ? FLOOR : 1;
    let r = this.random();
    for (const kind of KINDS) {
      const share =
        even / KINDS.length + (total > 0 ? ((1 - FLOOR) * this.score.get(kind)!) / total : 0);
      if ((r -= share) < 0) return kind;
    }
    return KINDS[KINDS.length - 1];
  }

  /** A sub-problem of `kind` did or did not improve the roster, for `cost` (seconds, or 1 a try). */
  record(kind: Kind, improved: boolean, cost: number): void {
    const rate = (improved ? 1 : 0) / Math.max(cost, 0.01);
    this.score.set(kind, (1 - RECENT) * this.score.get(kind)! + RECENT * rate);
  }
}
