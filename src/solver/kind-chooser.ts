/**
 * Which neighbourhood kind the search tries next (adaptive large-neighbourhood search): each
 * kind is drawn with a share of its recent gain per unit of cost, and never less than a floor,
 * so a kind that stopped paying is still tried now and then. On Curtois 8 windows of days gain
 * about 500 per second and groups of people about 40: a fixed rotation spends most of the time
 * on the weak kinds.
 */
import { KINDS, type Kind } from './neighbourhoods.js';
/** Share of the draws spread evenly over the kinds, whatever they gained. */
const FLOOR = 0.4;
/** Weight of the latest sub-problem in a kind's score. */
const RECENT = 0.3;

export class KindChooser {
  private readonly score = new Map<Kind, number>(KINDS.map((k) => [k, 0]));

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

  /** A sub-problem of `kind` gained `gain` (objective units) for `cost` (seconds, or 1 a try). */
  record(kind: Kind, gain: number, cost: number): void {
    const rate = Math.max(0, gain) / Math.max(cost, 0.01);
    this.score.set(kind, (1 - RECENT) * this.score.get(kind)! + RECENT * rate);
  }
}
