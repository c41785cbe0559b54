import type { Rule } from './rule.js';

/** A shift type's forbidden successors may not be worked on the following day (hard). */
export const forbiddenSuccessionRule: Rule = {
  id: 'forbiddenSuccession',
  label: '班次衔接不允许',
  model(ctx) {
    const { idx, problem } = ctx;
    const nDays = problem.days.length;
    idx.people.forEach((person, p) => {
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
                tag: {
                  rule: 'forbiddenSuccession',
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
