import { terms, type ModelContext } from '../model/context.js';

/** Each session needs `required` people; under/over are hard unless given a weight. */
export function addCoverRules(ctx: ModelContext): void {
  const { idx } = ctx;
  for (const s of idx.sessions) {
    const cols: number[] = [];
    idx.people.forEach((_, p) => {
      if (ctx.x[p][s.index] >= 0) cols.push(ctx.x[p][s.index]);
    });
    const c = s.cover;
    const meta = { date: s.date, shift: s.shiftId, limit: c.required };
    ctx.constrain(
      terms(cols),
      c.required,
      c.required,
      { weight: c.underWeight, meta: { code: 'COVER_UNDER', ...meta } },
      { weight: c.overWeight, meta: { code: 'COVER_OVER', ...meta } },
    );
  }
}
