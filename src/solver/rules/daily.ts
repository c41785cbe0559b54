import { terms, type ModelContext } from '../model/context.js';

/** At most maxPerDay sessions a day (default 1) and no forbidden shift on the following day. */
export function addDailyRules(ctx: ModelContext): void {
  const { idx, problem } = ctx;
  const nDays = problem.days.length;
  idx.people.forEach((person, p) => {
    const cap = idx.maxPerDay(p);
    for (let d = 0; d < nDays; d++) {
      const cols = ctx.dayCols(p, d);
      if (cols.length > cap) {
        ctx.constrain(terms(cols), -Infinity, cap, undefined, {
          meta: { code: 'DAY_MAX', personId: person.id, date: problem.days[d].date, limit: cap },
        });
      }
    }
    problem.shiftTypes.forEach((st, si) => {
      for (const next of st.forbiddenSuccessors ?? []) {
        const ti = idx.shiftOf.get(next)!;
        for (let d = 0; d + 1 < nDays; d++) {
          const a = idx.sessionAt[d][si];
          const b = idx.sessionAt[d + 1][ti];
          if (!a || !b) continue;
          const ca = ctx.x[p][a.index];
          const cb = ctx.x[p][b.index];
          if (ca < 0 || cb < 0) continue;
          ctx.constrain(
            [
              [ca, 1],
              [cb, 1],
            ],
            -Infinity,
            1,
            undefined,
            {
              meta: {
                code: 'FORBIDDEN_SUCCESSION',
                personId: person.id,
                date: a.date,
                shift: st.id,
              },
            },
          );
        }
      }
    });
  });
}
