import type { ModelContext } from '../model/context.js';
import type { Rule } from './rule.js';

/**
 * The groups of forbidden pairs that one row each can hold for a person who sits at most one
 * session a day: the set P of shifts that forbid some shift t, on one day, against every next-day
 * shift whose own set of forbidding shifts holds P. Every such pair is forbidden and the person
 * sits at most one shift of each side, so `sum <= 1` is exact; pair (s, t) is in the row of t's
 * set. Curtois 13: 17 thousand rows instead of 386 thousand (the whole model: 52 thousand
 * against 420 thousand), and a tighter LP. Shift type indexes, one group per distinct set P.
 */
function successionGroups(ctx: ModelContext): { before: number[]; after: number[] }[] {
  const shifts = ctx.problem.shiftTypes;
  const forbidding = shifts.map((t) =>
    shifts.flatMap((s, si) => ((s.forbiddenSuccessors ?? []).includes(t.id) ? [si] : [])),
  );
  const groups = new Map<string, { before: number[]; after: number[] }>();
  for (const before of forbidding) {
    if (before.length === 0 || groups.has(before.join())) continue;
    const after = forbidding.flatMap((set, ti) =>
      before.every((s) => set.includes(s)) ? [ti] : [],
    );
    groups.set(before.join(), { before, after });
  }
  return [...groups.values()];
}

/** A shift type's forbidden successors may not be worked on the following day (hard). */
export const forbiddenSuccessionRule: Rule = {
  id: 'forbiddenSuccession',
  label: '班次衔接不允许',
  model(ctx) {
    const { idx, problem } = ctx;
    const nDays = problem.days.length;
    const col = (p: number, d: number, si: number) => {
      const s = idx.sessionAt[d][si];
      return s ? ctx.x[p][s.index] : -1;
    };
    const tag = (personId: string, d: number, si: number) => ({
      tag: {
        rule: 'forbiddenSuccession',
        personId,
        date: problem.days[d].date,
        shift: problem.shiftTypes[si].id,
      },
    });
    const groups = successionGroups(ctx);
    idx.people.forEach((person, p) => {
      // The elastic re-solve names the very pair it relaxes, so it keeps one row per pair.
      if (ctx.elastic || idx.maxPerDay(p) > 1) {
        problem.shiftTypes.forEach((st, si) => {
          for (const next of st.forbiddenSuccessors ?? []) {
            const ti = idx.shiftOf.get(next)!;
            for (let d = 0; d + 1 < nDays; d++) {
              const ca = col(p, d, si);
              const cb = col(p, d + 1, ti);
              if (ca < 0 || cb < 0) continue;
              ctx.constrain(
                [
                  [ca, 1],
                  [cb, 1],
                ],
                -Infinity,
                1,
                undefined,
                tag(person.id, d, si),
              );
            }
          }
        });
        return;
      }
      for (let d = 0; d + 1 < nDays; d++) {
        for (const { before, after } of groups) {
          const a = before.map((si) => col(p, d, si)).filter((c) => c >= 0);
          const b = after.map((ti) => col(p, d + 1, ti)).filter((c) => c >= 0);
          if (a.length === 0 || b.length === 0) continue;
          const terms = [...a, ...b].map((c): [number, number] => [c, 1]);
          ctx.constrain(terms, -Infinity, 1, undefined, tag(person.id, d, before[0]));
        }
      }
    });
  },
  check(f) {
    const n = f.problem.days.length;
    for (const person of f.problem.people) {
      const shiftsOn: Set<string>[] = f.problem.days.map(() => new Set());
      for (const s of f.sittingsOf(person.id)) shiftsOn[s.day].add(s.shift);
      for (let d = 0; d + 1 < n; d++) {
        for (const s of shiftsOn[d]) {
          for (const t of f.shiftById.get(s)!.forbiddenSuccessors ?? []) {
            if (shiftsOn[d + 1].has(t))
              f.breach('forbiddenSuccession', {
                message: `${t} after ${s}`,
                personId: person.id,
                date: f.problem.days[d].date,
                shift: s,
              });
          }
        }
      }
    }
  },
  relaxed: (r, w) => `${w.who(r.personId)} 在 ${w.at(r.date, r.shift)} 之后次日的班次衔接不被允许`,
};
