/**
 * Time to propose substitutes for one duty (the least-change re-solve, three proposals): for
 * duties of December 2026 (a normal month) and of the 2026 全国两会 period with 2 leaders a
 * session. Prints the median and max over the duties tried.
 *
 *   npm run build && npx tsx bench/substitutes.ts [--duties 7]
 */
import { median, startBuiltService } from './support/built-service.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};

interface Roster {
  id: string;
  version: number;
  assignments: Array<{ id: string; date: string; session: string }>;
}

async function main(): Promise<void> {
  const tries = Number(arg('duties', '7'));
  const service = await startBuiltService();
  try {
    const office = await service.login('office');
    const unitId = await service.cityId(office);
    for (const [label, now, month, from, to] of [
      ['December 2026', '2026-11-20T00:00:00+08:00', '2026-12', '2026-12-01', '2026-12-31'],
      [
        '全国两会 2026 (2 per session)',
        '2026-01-20T00:00:00+08:00',
        '2026-03',
        '2026-03-01',
        '2026-03-13',
      ],
    ]) {
      service.setNow(new Date(now));
      const made = await service.call<Roster>('POST', `/units/${unitId}/rosters?wait=60`, office, {
        month,
      });
      if (made.status !== 201)
        throw new Error(`${month}: ${made.status} ${JSON.stringify(made.body)}`);
      const duties = made.body.assignments.filter(
        (d) => d.session !== 'CALL' && d.date >= from && d.date <= to,
      );
      const times: number[] = [];
      for (let i = 0; i < tries; i++) {
        const duty = duties[Math.floor((i * duties.length) / tries)];
        const started = performance.now();
        const res = await service.call<{ options: unknown[] }>(
          'GET',
          `/rosters/${made.body.id}/assignments/${duty.id}/substitutes`,
          office,
        );
        times.push(performance.now() - started);
        if (res.status !== 200 || res.body.options.length === 0)
          throw new Error(`substitutes ${duty.date}: ${res.status} ${JSON.stringify(res.body)}`);
      }
      console.log(
        `${label}: ${tries} duties, 3 proposals each: median ${Math.round(median(times))} ms, max ${Math.round(Math.max(...times))} ms`,
      );
    }
  } finally {
    await service.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
