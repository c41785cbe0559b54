/**
 * Independent check of a roster: recomputes every hard rule and the objective from the
 * assignments alone, without the model. Every backend's answer goes through it.
 */
import type { Assignment, Problem, Violation } from './problem.js';

/** A soft rule a roster breaks, where it breaks it, and what it costs. */
export interface SoftViolation extends Violation {
  penalty: number;
}

export interface Verification {
  hardViolations: Violation[];
  /** Every soft breach with its place (the penalties add up to the objective). */
  softViolations: SoftViolation[];
  objective: number;
  penaltyByRule: Record<string, number>;
  penaltyByPerson: Record<string, number>;
}

const within = (date: string, from: string, to: string) => from <= date && date <= to;

export function verify(problem: Problem, assignments: readonly Assignment[]): Verification {
  const hard: Violation[] = [];
  const byRule: Record<string, number> = {};
  const byPerson: Record<string, number> = {};
  const soft: SoftViolation[] = [];
  const penalise = (
    rule: string,
    amount: number,
    personId?: string,
    where: { date?: string; shift?: string } = {},
  ) => {
    if (amount <= 0) return;
    soft.push({
      rule,
      message: rule,
      penalty: amount,
      ...(personId !== undefined ? { personId } : {}),
      ...where,
    });
    byRule[rule] = (byRule[rule] ?? 0) + amount;
    if (personId !== undefined) byPerson[personId] = (byPerson[personId] ?? 0) + amount;
  };
  const n = problem.days.length;
  const dayIndex = new Map(problem.days.map((d, i) => [d.date, i]));
  const shiftById = new Map(problem.shiftTypes.map((s) => [s.id, s]));
  const coverByKey = new Map(problem.cover.map((c) => [`${c.date}|${c.shift}`, c]));
  const personById = new Map(problem.people.map((p) => [p.id, p]));
  const working = problem.days.map((d) => d.working ?? !d.weekend);

  // Per person: list of (day, shift) they sit, with duplicates removed and reported.
  const seen = new Set<string>();
  const sittings = new Map<string, { day: number; shift: string }[]>();
  const coverCount = new Map<string, number>();
  for (const a of assignments) {
    const key = `${a.date}|${a.shift}|${a.personId}`;
    const v = { date: a.date, shift: a.shift, personId: a.personId };
    if (seen.has(key)) {
      hard.push({ rule: 'duplicate', message: 'assignment listed twice', ...v });
      continue;
    }
    seen.add(key);
    const person = personById.get(a.personId);
    const day = dayIndex.get(a.date);
    const cover = coverByKey.get(`${a.date}|${a.shift}`);
    if (!person || day === undefined || !shiftById.has(a.shift) || !cover) {
      hard.push({ rule: 'session', message: 'no such person or session', ...v });
      continue;
    }
    const eligible =
      (!cover.pools && !cover.people) ||
      (cover.people?.includes(person.id) ?? false) ||
      (cover.pools?.some((pool) => person.pools?.includes(pool)) ?? false);
    if (!eligible)
      hard.push({ rule: 'eligibility', message: 'not eligible for this session', ...v });
    if (
      (person.unavailable ?? []).some(
        (u) => u.date === a.date && (u.shift === undefined || u.shift === a.shift),
      )
    )
      hard.push({ rule: 'unavailable', message: 'person is unavailable', ...v });
    coverCount.set(`${a.date}|${a.shift}`, (coverCount.get(`${a.date}|${a.shift}`) ?? 0) + 1);
    const list = sittings.get(person.id) ?? [];
    list.push({ day, shift: a.shift });
    sittings.set(person.id, list);
  }

  for (const pin of problem.pins ?? []) {
    if (!seen.has(`${pin.date}|${pin.shift}|${pin.personId}`))
      hard.push({ rule: 'pin', message: 'pinned assignment missing', ...pin });
  }

  for (const c of problem.cover) {
    const got = coverCount.get(`${c.date}|${c.shift}`) ?? 0;
    const v = { date: c.date, shift: c.shift };
    if (got < c.required) {
      if (c.underWeight === undefined)
        hard.push({ rule: 'cover', message: `needs ${c.required}, has ${got}`, ...v });
      else penalise('cover.under', c.underWeight * (c.required - got), undefined, v);
    }
    if (got > c.required) {
      if (c.overWeight === undefined)
        hard.push({ rule: 'cover', message: `needs ${c.required}, has ${got}`, ...v });
      else penalise('cover.over', c.overWeight * (got - c.required), undefined, v);
    }
  }

  for (const person of problem.people) {
    const id = person.id;
    const mine = sittings.get(id) ?? [];
    const bad = (rule: string, message: string, extra: Partial<Violation> = {}) =>
      hard.push({ rule, message, personId: id, ...extra });
    const total = mine.length;
    if (person.minTotal !== undefined && total < person.minTotal) {
      if (person.totalUnderWeight === undefined) bad('total', `${total} < min ${person.minTotal}`);
      else penalise('total.under', person.totalUnderWeight * (person.minTotal - total), id);
    }
    if (person.maxTotal !== undefined && total > person.maxTotal) {
      if (person.totalOverWeight === undefined) bad('total', `${total} > max ${person.maxTotal}`);
      else penalise('total.over', person.totalOverWeight * (total - person.maxTotal), id);
    }
    for (const [shift, cap] of Object.entries(person.maxPerShift ?? {})) {
      const k = mine.filter((m) => m.shift === shift).length;
      if (k > cap) bad('maxPerShift', `${k} ${shift} > ${cap}`, { shift });
    }
    const minutes = mine.reduce((acc, m) => acc + shiftById.get(m.shift)!.minutes, 0);
    if (person.minMinutes !== undefined && minutes < person.minMinutes)
      bad('minutes', `${minutes} < min ${person.minMinutes}`);
    if (person.maxMinutes !== undefined && minutes > person.maxMinutes)
      bad('minutes', `${minutes} > max ${person.maxMinutes}`);

    const perDay = new Array<number>(n).fill(0);
    const shiftsOn: Set<string>[] = problem.days.map(() => new Set());
    for (const m of mine) {
      perDay[m.day]++;
      shiftsOn[m.day].add(m.shift);
    }
    const maxPerDay = person.maxPerDay ?? 1;
    perDay.forEach((k, d) => {
      if (k > maxPerDay) bad('maxPerDay', `${k} sessions in a day`, { date: problem.days[d].date });
    });
    for (let d = 0; d + 1 < n; d++) {
      for (const s of shiftsOn[d]) {
        for (const t of shiftById.get(s)!.forbiddenSuccessors ?? []) {
          if (shiftsOn[d + 1].has(t))
            bad('forbiddenSuccession', `${t} after ${s}`, { date: problem.days[d].date, shift: s });
        }
      }
    }

    for (const w of person.windows ?? []) {
      const seq = problem.days.map((_, i) => i).filter((i) => !w.workingDaysOnly || working[i]);
      const runs: number[][] = [];
      if (seq.length > 0 && seq.length <= w.days) runs.push(seq);
      else for (let i = 0; i + w.days <= seq.length; i++) runs.push(seq.slice(i, i + w.days));
      for (const run of runs) {
        const k = run.reduce((acc, d) => acc + perDay[d], 0);
        if (k <= w.max) continue;
        if (w.weight === undefined)
          bad('window', `${k} sessions in ${w.days} days > ${w.max}`, {
            date: problem.days[run[0]].date,
          });
        else penalise('window', w.weight * (k - w.max), id, { date: problem.days[run[0]].date });
      }
    }

    for (const r of person.rangeLimits ?? []) {
      const k = mine.filter((m) => within(problem.days[m.day].date, r.from, r.to)).length;
      if (k <= r.max) continue;
      const where = { date: r.from };
      if (r.weight === undefined)
        bad('rangeLimit', `${k} sessions ${r.from}..${r.to} > ${r.max}`, where);
      else penalise('rangeLimit', r.weight * (k - r.max), id, where);
    }

    const worked = perDay.map((k) => k > 0);
    const sequence = (rule: string, count: number, message: string) => {
      if (count <= 0) return;
      if (person.sequenceWeight === undefined) bad(rule, message);
      else penalise(rule, person.sequenceWeight * count, id);
    };
    if (person.maxConsecutiveWorkDays !== undefined) {
      const k = person.maxConsecutiveWorkDays;
      let over = 0;
      for (let i = 0; i + k < n; i++) if (worked.slice(i, i + k + 1).every(Boolean)) over++;
      sequence('maxConsecutive', over, `more than ${k} consecutive work days`);
    }
    const shortInteriorRuns = (value: boolean, min: number) => {
      let count = 0;
      let i = 0;
      while (i < n) {
        if (worked[i] !== value) {
          i++;
          continue;
        }
        let j = i;
        while (j < n && worked[j] === value) j++;
        if (i > 0 && j < n && j - i < min) count++;
        i = j;
      }
      return count;
    };
    if (person.minConsecutiveWorkDays !== undefined)
      sequence(
        'minConsecutive',
        shortInteriorRuns(true, person.minConsecutiveWorkDays),
        `work run shorter than ${person.minConsecutiveWorkDays} days`,
      );
    if (person.minConsecutiveDaysOff !== undefined)
      sequence(
        'minDaysOff',
        shortInteriorRuns(false, person.minConsecutiveDaysOff),
        `days-off run shorter than ${person.minConsecutiveDaysOff} days`,
      );

    if (person.maxWeekends !== undefined) {
      let weekends = 0;
      let inWeekend = false;
      let counted = false;
      problem.days.forEach((d, i) => {
        if (!d.weekend) {
          inWeekend = false;
          return;
        }
        if (!inWeekend) {
          inWeekend = true;
          counted = false;
        }
        if (worked[i] && !counted) {
          weekends++;
          counted = true;
        }
      });
      if (weekends > person.maxWeekends)
        bad('maxWeekends', `${weekends} weekends > ${person.maxWeekends}`);
    }

    for (const r of person.requests ?? []) {
      const d = dayIndex.get(r.date)!;
      const sits = r.shift === undefined ? worked[d] : shiftsOn[d].has(r.shift);
      const where = { date: r.date, ...(r.shift !== undefined ? { shift: r.shift } : {}) };
      if (r.on && !sits) penalise('request.on', r.weight, id, where);
      if (!r.on && sits) penalise('request.off', r.weight, id, where);
    }

    if (person.fairness) {
      const f = person.fairness;
      penalise('fairness', f.weight * Math.abs(total - (f.target - f.carried)), id);
    }
  }

  for (const q of problem.poolQuotas ?? []) {
    let k = 0;
    for (const person of problem.people) {
      if (!person.pools?.includes(q.pool)) continue;
      for (const m of sittings.get(person.id) ?? [])
        if (within(problem.days[m.day].date, q.from, q.to)) k++;
    }
    const short = q.min !== undefined ? Math.max(0, q.min - k) : 0;
    const extra = q.max !== undefined ? Math.max(0, k - q.max) : 0;
    if (short + extra === 0) continue;
    const where = { date: q.from };
    if (q.weight !== undefined) penalise('poolQuota', q.weight * (short + extra), undefined, where);
    else
      hard.push({
        rule: 'poolQuota',
        message: `pool ${q.pool} sits ${k} sessions ${q.from}..${q.to}, ${short ? `min ${q.min}` : `max ${q.max}`}`,
        ...where,
      });
  }

  if (problem.previous) {
    const before = new Set(
      problem.previous.assignments.map((a) => `${a.date}|${a.shift}|${a.personId}`),
    );
    const w = problem.previous.changeWeight;
    const at = (key: string) => {
      const [date, shift, personId] = key.split('|');
      return { personId, where: { date, shift } };
    };
    for (const key of before) {
      if (!seen.has(key)) penalise('change', w, at(key).personId, at(key).where);
    }
    for (const key of seen) {
      if (!before.has(key)) penalise('change', w, at(key).personId, at(key).where);
    }
  }

  const objective = Object.values(byRule).reduce((a, b) => a + b, 0);
  return {
    hardViolations: hard,
    softViolations: soft,
    objective,
    penaltyByRule: byRule,
    penaltyByPerson: byPerson,
  };
}
