/**
 * The roster as a record over two years: the demo city's months of 2026 and 2027 generated and
 * published in a random order (seeded), some amended after their first sessions began, then the
 * rules checked over each year as one record. Prints each generate's time (months overlapping a
 * special period marked), the slowest of them, and the range check's error count (0 expected).
 *
 *   npm run build && npx tsx bench/record-year.ts [--seed 1] [--amend 4]
 *
 * 2027's national holidays are not known to the holiday package: the benchmark confirms an
 * assumed arrangement (元旦, 春节 2027-02-05..02-11, 国庆 2027-10-01..07) for planning only.
 */
import { startBuiltService } from './support/built-service.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

/** Small seeded generator (mulberry32), so a run can be repeated. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ASSUMED_2027 = [
  ...['2027-01-01', '2027-01-02', '2027-01-03'].map((d) => `${d} 休 元旦`),
  ...['05', '06', '07', '08', '09', '10', '11'].map((d) => `2027-02-${d} 休 春节`),
  '2027-02-20 班 春节',
  ...['01', '02', '03', '04', '05', '06', '07'].map((d) => `2027-10-${d} 休 国庆节`),
  '2027-10-09 班 国庆节',
].join('\n');

async function main(): Promise<void> {
  const rnd = random(Number(arg('seed', '1')));
  const amendments = Number(arg('amend', '4'));
  const service = await startBuiltService();
  const { call } = service;
  try {
    const admin = await service.login('admin');
    const office = await service.login('office');
    const confirmed = await call('PUT', '/calendar/years/2027', admin, { text: ASSUMED_2027 });
    if (confirmed.status !== 200)
      throw new Error(`confirm 2027: ${JSON.stringify(confirmed.body)}`);
    const unitId = await service.cityId(office);
    const periods = [
      ...((await call('GET', `/units/${unitId}/special-periods?year=2026`, office)).body as Array<{
        startDate: string;
        endDate: string;
      }>),
      ...((await call('GET', `/units/${unitId}/special-periods?year=2027`, office)).body as Array<{
        startDate: string;
        endDate: string;
      }>),
    ];
    const months = Array.from(
      { length: 24 },
      (_, i) => `${2026 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    );
    const order = [...months].sort(() => rnd() - 0.5);
    // Plan before the first month, as an office planning ahead would; amendments move the clock.
    service.setNow(new Date('2025-12-01T00:00:00+08:00'));
    const times: Array<{ month: string; ms: number; period: boolean; status: number }> = [];
    const ids = new Map<string, string>();
    for (const month of order) {
      const started = performance.now();
      const res = await call<{ id: string; version: number }>(
        'POST',
        `/units/${unitId}/rosters?wait=60`,
        office,
        { month },
      );
      const ms = performance.now() - started;
      const overlaps = periods.some(
        (p) => p.startDate.slice(0, 7) <= month && p.endDate.slice(0, 7) >= month,
      );
      times.push({ month, ms, period: overlaps, status: res.status });
      if (res.status !== 201) {
        console.log(`${month}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
        continue;
      }
      ids.set(month, res.body.id);
      await call('POST', `/rosters/${res.body.id}/publish`, office, { version: res.body.version });
    }
    // Amend some months after their first sessions began.
    for (let k = 0; k < amendments; k++) {
      const month = months[Math.floor(rnd() * months.length)];
      const id = ids.get(month);
      if (!id) continue;
      service.setNow(new Date(`${month}-10T12:00:00+08:00`));
      const started = performance.now();
      const res = await call('POST', `/rosters/${id}/amend?wait=60`, office, {
        reason: '基准测试调整',
      });
      console.log(
        `amend ${month} after the 10th: ${res.status} in ${Math.round(performance.now() - started)} ms`,
      );
    }
    for (const t of times.sort((a, b) => a.month.localeCompare(b.month)))
      console.log(
        `${t.month}${t.period ? ' (特护期)' : ''}: ${t.status} in ${Math.round(t.ms)} ms`,
      );
    const withPeriod = times.filter((t) => t.period).sort((a, b) => b.ms - a.ms);
    const sorted = [...times].sort((a, b) => a.ms - b.ms);
    console.log(
      `generate: median ${Math.round(sorted[Math.floor(sorted.length / 2)].ms)} ms; slowest month overlapping a period: ${withPeriod[0]?.month} in ${Math.round(withPeriod[0]?.ms ?? 0)} ms`,
    );
    for (const year of ['2026', '2027']) {
      const check = await call<{
        months: unknown[];
        errors: number;
        warnings: number;
        findings: Array<{ severity: string; message: string }>;
      }>('GET', `/units/${unitId}/roster-check?from=${year}-01&to=${year}-12`, office);
      console.log(
        `roster-check ${year}: ${check.body.months.length} months, ${check.body.errors} errors, ${check.body.warnings} warnings`,
      );
      for (const f of check.body.findings.filter(
        (x: { severity: string }) => x.severity === 'error',
      ))
        console.log(`  ${f.message}`);
    }
  } finally {
    await service.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
