/**
 * Explaining infeasible problems in the words of the office: cheap counting pre-checks first,
 * and, when they find nothing, the relaxations chosen by an elastic re-solve.
 */
import type { ElasticMeta } from './model/builder.js';
import { ProblemIndex, type Session } from './model/problem-index.js';
import type { Diagnosis, Problem } from './problem.js';

const who = (idx: ProblemIndex, personId?: string) => {
  const p = personId === undefined ? undefined : idx.people[idx.personOf.get(personId) ?? -1];
  return p?.name ?? personId ?? '';
};

/**
 * Counting arguments that prove infeasibility of the hard rules (each finding is a proof, never a
 * guess); an empty list does not mean the problem is feasible.
 */
export function diagnose(problem: Problem): Diagnosis[] {
  const idx = new ProblemIndex(problem);
  const out: Diagnosis[] = [];
  const nPeople = idx.people.length;
  const sessionName = (date: string, shift: string) => `${date} ${idx.shiftName(shift)}`;

  // Pins first: they are the most direct contradictions.
  const pinsPerSession = new Map<number, number>();
  const pinsPerPersonDay = new Map<string, number>();
  const seenPins = new Set<string>();
  for (const pin of problem.pins ?? []) {
    const key = `${pin.date}|${pin.shift}|${pin.personId}`;
    if (seenPins.has(key)) continue;
    seenPins.add(key);
    const p = idx.personOf.get(pin.personId)!;
    const s = idx.sessionAt[idx.dayOf.get(pin.date)!][idx.shiftOf.get(pin.shift)!];
    const base = {
      date: pin.date,
      shift: pin.shift,
      personId: pin.personId,
      source: 'precheck' as const,
    };
    const name = who(idx, pin.personId);
    if (!s) {
      out.push({
        code: 'PIN_NO_SESSION',
        message: `${sessionName(pin.date, pin.shift)} 没有接访场次，无法固定 ${name}`,
        messageEn: `no session at ${pin.date} ${pin.shift} for the pin of ${pin.personId}`,
        ...base,
      });
      continue;
    }
    if (idx.isUnavailable(p, s)) {
      out.push({
        code: 'PIN_UNAVAILABLE',
        message: `${name} 被固定在 ${sessionName(pin.date, pin.shift)}，但该时段已登记不可用`,
        messageEn: `${pin.personId} is pinned to ${pin.date} ${pin.shift} but is unavailable`,
        ...base,
      });
    }
    if (!idx.isEligible(p, s)) {
      out.push({
        code: 'PIN_INELIGIBLE',
        message: `${name} 被固定在 ${sessionName(pin.date, pin.shift)}，但不属于该场次可排的轮值范围`,
        messageEn: `${pin.personId} is pinned to ${pin.date} ${pin.shift} but is not eligible`,
        ...base,
      });
    }
    pinsPerSession.set(s.index, (pinsPerSession.get(s.index) ?? 0) + 1);
    const pd = `${p}|${s.day}`;
    pinsPerPersonDay.set(pd, (pinsPerPersonDay.get(pd) ?? 0) + 1);
  }
  for (const [si, k] of pinsPerSession) {
    const s = idx.sessions[si];
    if (s.cover.overWeight === undefined && k > s.cover.required) {
      out.push({
        code: 'PIN_OVER_COVER',
        message: `${sessionName(s.date, s.shiftId)} 固定了 ${k} 名领导，超过需要的 ${s.cover.required} 名`,
        messageEn: `${k} pins at ${s.date} ${s.shiftId} exceed the required ${s.cover.required}`,
        date: s.date,
        shift: s.shiftId,
        required: s.cover.required,
        available: k,
        source: 'precheck',
      });
    }
  }
  for (const [pd, k] of pinsPerPersonDay) {
    const [p, d] = pd.split('|').map(Number);
    const cap = idx.maxPerDay(p);
    if (k > cap) {
      const person = idx.people[p];
      const date = problem.days[d].date;
      out.push({
        code: 'PIN_SAME_DAY',
        message: `${who(idx, person.id)} 在 ${date} 被固定了 ${k} 个班次，超过每天最多 ${cap} 个`,
        messageEn: `${person.id} has ${k} pins on ${date}, more than ${cap} a day`,
        date,
        personId: person.id,
        source: 'precheck',
      });
    }
  }

  // Supply per session and per day.
  const canWork: boolean[][] = idx.people.map((_, p) => idx.sessions.map((s) => idx.canWork(p, s)));
  for (const s of idx.sessions) {
    if (s.cover.underWeight !== undefined || s.cover.required === 0) continue;
    let available = 0;
    for (let p = 0; p < nPeople; p++) if (canWork[p][s.index]) available++;
    if (available < s.cover.required) {
      out.push({
        code: 'COVER_SUPPLY',
        message: `${sessionName(s.date, s.shiftId)}需要 ${s.cover.required} 名领导，仅 ${available} 名可用`,
        messageEn: `${s.date} ${s.shiftId} needs ${s.cover.required}, only ${available} available`,
        date: s.date,
        shift: s.shiftId,
        required: s.cover.required,
        available,
        source: 'precheck',
      });
    }
  }
  const sessionsOfDay = problem.days.map((_, d) => idx.sessionAt[d].filter((s) => s !== undefined));
  // Sessions a person can sit on a day, capped by maxPerDay (and by the person's own limits).
  const dayCapacity = (p: number, d: number) =>
    Math.min(idx.maxPerDay(p), sessionsOfDay[d].filter((s) => canWork[p][s.index]).length);
  problem.days.forEach((day, d) => {
    const ss = sessionsOfDay[d];
    if (ss.length < 2) return; // a single session is already covered by COVER_SUPPLY
    const demand = ss.reduce(
      (a, s) => a + (s.cover.underWeight === undefined ? s.cover.required : 0),
      0,
    );
    let supply = 0;
    for (let p = 0; p < nPeople; p++) supply += dayCapacity(p, d);
    if (demand > supply) {
      out.push({
        code: 'DAY_SUPPLY',
        message: `${day.date} 共需要 ${demand} 人次，可用领导最多只能提供 ${supply} 人次`,
        messageEn: `${day.date} needs ${demand} sittings, available people can give at most ${supply}`,
        date: day.date,
        required: demand,
        available: supply,
        source: 'precheck',
      });
    }
  });

  // Totals: hard demand against the sum of what each person may still sit.
  const personCap = idx.people.map((person, p) => {
    let cap = 0;
    for (let d = 0; d < problem.days.length; d++) cap += dayCapacity(p, d);
    const sittable = cap;
    if (person.maxTotal !== undefined && person.totalOverWeight === undefined)
      cap = Math.min(cap, person.maxTotal);
    return { cap, sittable };
  });
  const demand = idx.sessions.reduce(
    (a, s) => a + (s.cover.underWeight === undefined ? s.cover.required : 0),
    0,
  );
  const supply = personCap.reduce((a, c) => a + c.cap, 0);
  if (demand > supply) {
    out.push({
      code: 'TOTAL_QUOTA',
      message: `需求 ${demand} 班次超过最多可排班次之和 ${supply}`,
      messageEn: `demand ${demand} sessions exceeds the sum of max quotas ${supply}`,
      required: demand,
      available: supply,
      source: 'precheck',
    });
  }
  const seats = idx.sessions.reduce(
    (a, s) => (s.cover.overWeight === undefined ? a + s.cover.required : Infinity),
    0,
  );
  const minSum = idx.people.reduce(
    (a, q) => a + (q.totalUnderWeight === undefined ? (q.minTotal ?? 0) : 0),
    0,
  );
  if (minSum > seats) {
    out.push({
      code: 'TOTAL_MIN_QUOTA',
      message: `各领导最少班次之和 ${minSum} 超过全部场次需要的人次 ${seats}`,
      messageEn: `sum of min quotas ${minSum} exceeds the ${seats} seats to fill`,
      required: minSum,
      available: seats,
      source: 'precheck',
    });
  }
  idx.people.forEach((q, p) => {
    if (q.minTotal === undefined || q.totalUnderWeight !== undefined) return;
    if (q.minTotal > personCap[p].sittable) {
      out.push({
        code: 'PERSON_MIN_UNREACHABLE',
        message: `${who(idx, q.id)} 至少需排 ${q.minTotal} 次，但仅有 ${personCap[p].sittable} 个可排班次`,
        messageEn: `${q.id} needs at least ${q.minTotal} sessions, only ${personCap[p].sittable} possible`,
        personId: q.id,
        required: q.minTotal,
        available: personCap[p].sittable,
        source: 'precheck',
      });
    }
  });
  out.push(...rangeChecks(problem, idx, canWork, dayCapacity));
  return out;
}

/**
 * Range caps and pool quotas: pins beyond a hard range cap; a pool whose members cannot reach a
 * hard minimum (upper bound: each member's capacity in the range, and each session's seats);
 * a pool forced above a hard maximum (lower bound: pinned members and sessions that too few
 * non-members can sit).
 */
function rangeChecks(
  problem: Problem,
  idx: ProblemIndex,
  canWork: boolean[][],
  dayCapacity: (p: number, d: number) => number,
): Diagnosis[] {
  const out: Diagnosis[] = [];
  const inRange = (date: string, from: string, to: string) => from <= date && date <= to;
  const daysIn = (from: string, to: string) =>
    problem.days.flatMap((d, i) => (inRange(d.date, from, to) ? [i] : []));
  const pins = new Map<string, { p: number; s: Session }>();
  for (const pin of problem.pins ?? []) {
    const s = idx.sessionAt[idx.dayOf.get(pin.date)!][idx.shiftOf.get(pin.shift)!];
    if (s)
      pins.set(`${pin.date}|${pin.shift}|${pin.personId}`, {
        p: idx.personOf.get(pin.personId)!,
        s,
      });
  }

  idx.people.forEach((q, p) => {
    for (const r of q.rangeLimits ?? []) {
      if (r.weight !== undefined) continue;
      const k = [...pins.values()].filter(
        (x) => x.p === p && inRange(x.s.date, r.from, r.to),
      ).length;
      if (k <= r.max) continue;
      out.push({
        code: 'RANGE_PINS',
        message: `${who(idx, q.id)} 在 ${r.from} 至 ${r.to} 最多排 ${r.max} 次，但已固定 ${k} 次`,
        messageEn: `${q.id} may sit at most ${r.max} sessions ${r.from}..${r.to}, ${k} are pinned`,
        personId: q.id,
        date: r.from,
        to: r.to,
        required: r.max,
        available: k,
        source: 'precheck',
      });
    }
  });

  for (const quota of problem.poolQuotas ?? []) {
    if (quota.weight !== undefined) continue;
    const { pool, from, to } = quota;
    const member = idx.people.map((q) => q.pools?.includes(pool) ?? false);
    const days = daysIn(from, to);
    const sessions = idx.sessions.filter((s) => inRange(s.date, from, to));
    const range = `${from} 至 ${to} ${pool} 轮值组`;
    const base = { pool, date: from, to, source: 'precheck' as const };
    if (quota.min !== undefined && quota.min > 0) {
      let byPeople = 0;
      idx.people.forEach((q, p) => {
        if (!member[p]) return;
        const capOn = (ds: number[]) => ds.reduce((a, d) => a + dayCapacity(p, d), 0);
        let cap = capOn(days);
        if (q.maxTotal !== undefined && q.totalOverWeight === undefined)
          cap = Math.min(cap, q.maxTotal);
        for (const r of q.rangeLimits ?? []) {
          if (r.weight !== undefined) continue;
          const overlap = days.filter((d) => inRange(problem.days[d].date, r.from, r.to));
          cap = Math.min(cap, capOn(days) - capOn(overlap) + r.max);
        }
        byPeople += cap;
      });
      let bySeats = 0;
      for (const s of sessions) {
        let able = 0;
        idx.people.forEach((_, p) => {
          if (member[p] && canWork[p][s.index]) able++;
        });
        bySeats += s.cover.overWeight === undefined ? Math.min(able, s.cover.required) : able;
      }
      const available = Math.min(byPeople, bySeats);
      if (available < quota.min) {
        out.push({
          code: 'POOL_SUPPLY',
          message: `${range}需要 ${quota.min} 个班次，最多只能安排 ${available} 个`,
          messageEn: `pool ${pool} needs ${quota.min} sessions ${from}..${to}, at most ${available} possible`,
          ...base,
          required: quota.min,
          available,
        });
      }
    }
    if (quota.max !== undefined) {
      let forced = 0;
      for (const s of sessions) {
        const pinned = [...pins.values()].filter((x) => x.s === s && member[x.p]).length;
        let others = 0;
        idx.people.forEach((_, p) => {
          if (!member[p] && canWork[p][s.index]) others++;
        });
        const short = s.cover.underWeight === undefined ? s.cover.required - others : 0;
        forced += Math.max(pinned, short, 0);
      }
      if (forced > quota.max) {
        out.push({
          code: 'POOL_FORCED',
          message: `${range}最多安排 ${quota.max} 个班次，但按固定安排和人数需要至少 ${forced} 个`,
          messageEn: `pool ${pool} may sit at most ${quota.max} sessions ${from}..${to}, at least ${forced} are needed`,
          ...base,
          required: quota.max,
          available: forced,
        });
      }
    }
  }
  return out;
}

/** Turns the relaxations used by the elastic re-solve into diagnosis items. */
export function describeRelaxations(
  problem: Problem,
  used: { meta: ElasticMeta; amount: number }[],
): Diagnosis[] {
  const idx = new ProblemIndex(problem);
  return used.map(({ meta, amount }) => {
    const name = who(idx, meta.personId);
    const at = meta.date ? `${meta.date}${meta.shift ? ' ' + idx.shiftName(meta.shift) : ''}` : '';
    const range = `${meta.date ?? ''} 至 ${meta.to ?? ''}`;
    const limit = meta.limit ?? 0;
    const a = Math.round(amount * 1000) / 1000;
    let message: string;
    switch (meta.code) {
      case 'COVER_UNDER':
        message = `${at} 需要 ${limit} 名领导，在其他硬性规则下最多只能排 ${limit - a} 名`;
        break;
      case 'COVER_OVER':
        message = `${at} 只需要 ${limit} 名领导，但按其他硬性规则至少要排 ${limit + a} 名`;
        break;
      case 'TOTAL_MIN':
        message = `${name} 至少需排 ${limit} 次，在其他硬性规则下最多只能排 ${limit - a} 次`;
        break;
      case 'TOTAL_MAX':
        message = `${name} 最多排 ${limit} 次，但需要排 ${limit + a} 次才能满足其他规则`;
        break;
      case 'SHIFT_MAX':
        message = `${name} 的${idx.shiftName(meta.shift ?? '')}班次最多 ${limit} 次，需要多排 ${a} 次`;
        break;
      case 'MINUTES_MIN':
        message = `${name} 工作时长至少 ${limit} 分钟，无法满足（差 ${a} 分钟）`;
        break;
      case 'MINUTES_MAX':
        message = `${name} 工作时长最多 ${limit} 分钟，需要超出 ${a} 分钟`;
        break;
      case 'DAY_MAX':
        message = `${name} 在 ${at} 需要排 ${limit + a} 个班次，超过每天最多 ${limit} 个`;
        break;
      case 'FORBIDDEN_SUCCESSION':
        message = `${name} 在 ${at} 之后次日的班次衔接不被允许`;
        break;
      case 'WINDOW':
        message = `${name} 自 ${at} 起的间隔期内最多排 ${limit} 次，需要多排 ${a} 次`;
        break;
      case 'MAX_CONSECUTIVE':
        message = `${name} 自 ${at} 起需要连续工作超过 ${limit} 天`;
        break;
      case 'MIN_CONSECUTIVE':
        message = `${name} 在 ${at} 起的连续工作天数少于 ${limit} 天`;
        break;
      case 'MIN_DAYS_OFF':
        message = `${name} 在 ${at} 起的连续休息天数少于 ${limit} 天`;
        break;
      case 'MAX_WEEKENDS':
        message = `${name} 最多上 ${limit} 个周末，需要多上 ${a} 个`;
        break;
      case 'RANGE_MAX':
        message = `${name} 在 ${range} 最多排 ${limit} 次，需要多排 ${a} 次`;
        break;
      case 'POOL_MIN':
        message = `${range} ${meta.pool ?? ''} 轮值组需要 ${limit} 个班次，在其他硬性规则下最多只能安排 ${limit - a} 个`;
        break;
      case 'POOL_MAX':
        message = `${range} ${meta.pool ?? ''} 轮值组最多安排 ${limit} 个班次，但按其他硬性规则至少要安排 ${limit + a} 个`;
        break;
      case 'UNAVAILABLE':
        message = `需要安排 ${name} 于 ${at}，但其已登记不可用`;
        break;
      case 'PIN':
        message = `${name} 被固定于 ${at}，但该固定安排与其他硬性规则冲突`;
        break;
      case 'COVER_SUPPLY':
      case 'DAY_SUPPLY':
      case 'TOTAL_QUOTA':
      case 'TOTAL_MIN_QUOTA':
      case 'PERSON_MIN_UNREACHABLE':
      case 'PIN_UNAVAILABLE':
      case 'PIN_INELIGIBLE':
      case 'PIN_NO_SESSION':
      case 'PIN_OVER_COVER':
      case 'PIN_SAME_DAY':
      case 'RANGE_PINS':
      case 'POOL_SUPPLY':
      case 'POOL_FORCED':
      case 'UNKNOWN':
        message = `规则 ${meta.code} 需要放宽 ${a}`;
    }
    return {
      code: meta.code,
      message,
      messageEn: `relaxed ${meta.code} (${meta.side}) by ${a}${meta.personId ? ' for ' + meta.personId : ''}${at ? ' at ' + at : ''}`,
      ...(meta.date !== undefined && { date: meta.date }),
      ...(meta.shift !== undefined && { shift: meta.shift }),
      ...(meta.personId !== undefined && { personId: meta.personId }),
      ...(meta.pool !== undefined && { pool: meta.pool }),
      ...(meta.to !== undefined && { to: meta.to }),
      ...(meta.limit !== undefined && { required: meta.limit }),
      amount: a,
      source: 'elastic' as const,
    };
  });
}
