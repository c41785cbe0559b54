import { jest } from '@jest/globals';
import { RosterSolver } from '../src/roster/roster-solver.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Generating a month reserves it before the solve: racing requests for the same month get
 * 409 ROSTER_EXISTS at once, and only one solve runs.
 */
describe('roster generation: one month, one solve', () => {
  let t: TestApp;
  let unitId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: unitId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
  });
  afterAll(() => t.close());

  it('answers 10 concurrent requests for one month with 1×201 and 9×409, solving once', async () => {
    const h = await t.auth('office');
    const solve = jest.spyOn(t.app.get(RosterSolver), 'solve');
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.http.post(`/api/v1/units/${unitId}/rosters?wait=60`).set(h).send({ month: '2026-11' }),
      ),
    );
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([201, ...Array(9).fill(409)]);
    for (const r of answers.filter((a) => a.status === 409)) {
      expect(r.body).toMatchObject({ code: 'ROSTER_EXISTS', field: 'month' });
    }
    expect(solve).toHaveBeenCalledTimes(1);
    solve.mockRestore();
    const rows = await t.dataSource.query(
      "SELECT count(*)::int AS n FROM roster WHERE unit_id = $1 AND month = '2026-11'",
      [unitId],
    );
    expect(rows[0].n).toBe(1);
    expect(await t.dataSource.query('SELECT * FROM roster_reservation')).toEqual([]);
    // A later request names the roster that exists.
    const again = await t.http
      .post(`/api/v1/units/${unitId}/rosters?wait=60`)
      .set(h)
      .send({ month: '2026-11' });
    expect(again.status).toBe(409);
    expect(again.body.rosterId).toBe(answers.find((r) => r.status === 201)!.body.id);
  });

  it('gives the month back when the solve fails, and lets a lapsed reservation be taken', async () => {
    const h = await t.auth('office');
    const solver = t.app.get(RosterSolver);
    const failing = jest.spyOn(solver, 'solve').mockRejectedValueOnce(new Error('worker died'));
    const failed = await t.http
      .post(`/api/v1/units/${unitId}/rosters?wait=60`)
      .set(h)
      .send({ month: '2026-10' });
    expect(failed.status).toBe(500);
    failing.mockRestore();
    expect(await t.dataSource.query('SELECT * FROM roster_reservation')).toEqual([]);

    // A reservation left by a crashed process: refused while it holds, taken once it lapsed.
    await t.dataSource.query(
      "INSERT INTO roster_reservation (unit_id, month, expires_at) VALUES ($1, '2026-10', now() + interval '1 minute')",
      [unitId],
    );
    const held = await t.http
      .post(`/api/v1/units/${unitId}/rosters?wait=60`)
      .set(h)
      .send({ month: '2026-10' });
    expect(held.status).toBe(409);
    expect(held.body).toMatchObject({ code: 'ROSTER_EXISTS', generating: true });
    await t.dataSource.query(
      "UPDATE roster_reservation SET expires_at = now() - interval '1 second' WHERE month = '2026-10'",
    );
    await t.http
      .post(`/api/v1/units/${unitId}/rosters?wait=60`)
      .set(h)
      .send({ month: '2026-10' })
      .expect(201);
  });
});
