import { AuthService } from '../src/auth/auth.service.js';
import { JobQueue } from '../src/notify/job-queue.js';
import { SOLVE_QUEUE } from '../src/solve-jobs/solve-jobs.service.js';
import { TEST_DEMO_PASSWORD } from './support/constants.js';
import { slowSolver } from './support/slow-solver.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface JobView {
  id: string;
  status: string;
  queuePosition: number | null;
  attempt: number;
  rosterId: string | null;
  keptBest: boolean;
  best: { objective: number; duties: { date: string; session: string; leaderId: string }[] } | null;
  progress: {
    phase: string;
    seconds: number;
    objective: number | null;
    gap: number | null;
    improvements: number;
  };
  failure: {
    status: number;
    code: string;
    message: string;
    details?: { diagnosis?: unknown[] };
  } | null;
  revision: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ORDER = ['queued', 'running', 'succeeded'];

/** Generate, re-solve and amend as jobs: lifecycle, stop, failure, one job per month, retry. */
describe('solve jobs', () => {
  let t: TestApp;
  let h: { Authorization: string };
  let unitId: string;

  beforeAll(async () => {
    t = await startTestApp();
    // Planning happens before the months it plans: all of 2026 lies ahead.
    t.clock.set(new Date('2025-12-01T00:00:00+08:00'));
    h = await t.auth('office');
    [{ id: unitId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
  });
  afterAll(() => t.close());

  const job = async (id: string): Promise<JobView> =>
    (await t.http.get(`/api/v1/solve-jobs/${id}`).set(h).expect(200)).body;

  /** Polls until `until` holds, keeping every state seen. */
  async function follow(id: string, until: (j: JobView) => boolean, seconds = 60) {
    const seen: JobView[] = [];
    const end = Date.now() + seconds * 1000;
    for (;;) {
      const j = await job(id);
      seen.push(j);
      if (until(j)) return seen;
      if (Date.now() > end) throw new Error(`job ${id} stuck at ${j.status}`);
      await sleep(100);
    }
  }

  it('runs queued → running → succeeded with progress, and answers 202 {jobId} at once', async () => {
    // Improvements a beat (1 s) apart: the best roster so far is written by at least two beats
    // before the solve ends, so a poll sees it even on a loaded machine (500 ms missed it once).
    const slow = slowSolver({ improvements: 3, stepMs: 1000, finish: true });
    try {
      const res = await t.http
        .post(`/api/v1/units/${unitId}/rosters`)
        .set(h)
        .send({ month: '2026-09' });
      expect(res.status).toBe(202);
      expect(res.body).toMatchObject({ jobId: res.body.id, status: 'queued', kind: 'generate' });
      expect(res.headers.location).toBe(`/api/v1/solve-jobs/${res.body.jobId}`);
      const seen = await follow(res.body.jobId, (j) => j.status === 'succeeded');
      const statuses = seen.map((s) => s.status);
      // Never backwards, and the solve was seen running with a roster found so far.
      const ranks = statuses.map((s) => ORDER.indexOf(s));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      const running = seen.filter((s) => s.status === 'running');
      expect(running.length).toBeGreaterThan(0);
      expect(running.some((s) => s.best !== null && s.progress.objective !== null)).toBe(true);
      const done = seen.at(-1)!;
      expect(done).toMatchObject({ attempt: 1, keptBest: false, failure: null });
      expect(done.progress.phase).toBe('done');
      expect(done.progress.improvements).toBe(3);
      const roster = await t.http.get(`/api/v1/rosters/${done.rosterId}`).set(h).expect(200);
      expect(roster.body).toMatchObject({ month: '2026-09', status: 'draft' });
      // The page's list of the unit's recent jobs.
      const recent = await t.http.get(`/api/v1/units/${unitId}/solve-jobs`).set(h).expect(200);
      expect(recent.body[0]).toMatchObject({ id: done.id, status: 'succeeded' });
    } finally {
      slow.mockRestore();
    }
  });

  it('stops a running solve and keeps the best roster found so far as the draft', async () => {
    const slow = slowSolver({ improvements: 2, stepMs: 300, finish: false });
    try {
      const res = await t.http
        .post(`/api/v1/units/${unitId}/rosters`)
        .set(h)
        .send({ month: '2026-08' });
      expect(res.status).toBe(202);
      const seen = await follow(
        res.body.jobId,
        (j) => j.status === 'running' && j.progress.improvements >= 2,
      );
      const best = seen.at(-1)!.best!;
      expect(best.duties.length).toBeGreaterThan(0);
      expect(best.duties.every((d) => d.date.startsWith('2026-08-'))).toBe(true);
      const stop = await t.http.delete(`/api/v1/solve-jobs/${res.body.jobId}`).set(h).expect(200);
      expect(stop.body).toMatchObject({ status: 'cancelled', keptBest: true });
      expect(stop.body.message).toContain('草稿');
      const roster = await t.http.get(`/api/v1/rosters/${stop.body.rosterId}`).set(h).expect(200);
      expect(roster.body.status).toBe('draft');
      const key = (d: { date: string; session: string; leaderId: string }) =>
        `${d.date}|${d.session}|${d.leaderId}`;
      expect(roster.body.assignments.map(key).sort()).toEqual(best.duties.map(key).sort());
      // A stopped job cannot be stopped again.
      await t.http.delete(`/api/v1/solve-jobs/${res.body.jobId}`).set(h).expect(409);
    } finally {
      slow.mockRestore();
    }
  });

  it('stops a solve that found nothing yet: nothing is kept, and says so', async () => {
    const slow = slowSolver({ improvements: 0, stepMs: 0, finish: false });
    try {
      const res = await t.http
        .post(`/api/v1/units/${unitId}/rosters`)
        .set(h)
        .send({ month: '2026-07' });
      await follow(res.body.jobId, (j) => j.status === 'running');
      const stop = await t.http.delete(`/api/v1/solve-jobs/${res.body.jobId}`).set(h).expect(200);
      expect(stop.body).toMatchObject({ status: 'cancelled', keptBest: false, rosterId: null });
      expect(stop.body.message).toContain('未保存');
      const rows = await t.http.get(`/api/v1/units/${unitId}/rosters?month=2026-07`).set(h);
      expect(rows.body).toEqual([]);
    } finally {
      slow.mockRestore();
    }
    // The month is free again.
    await t.http
      .post(`/api/v1/units/${unitId}/rosters?wait=60`)
      .set(h)
      .send({ month: '2026-07' })
      .expect(201);
  });

  it('fails an infeasible month with its diagnosis; ?wait answers 422 as before', async () => {
    const leaders: { id: string }[] = (await t.http.get('/api/v1/leaders').set(h).expect(200)).body;
    for (const l of leaders) {
      await t.http
        .post(`/api/v1/leaders/${l.id}/availability`)
        .set(h)
        .send({ entries: [{ date: '2026-06-10', kind: 'unavailable', reason: 'meeting' }] })
        .expect(201);
    }
    const res = await t.http
      .post(`/api/v1/units/${unitId}/rosters`)
      .set(h)
      .send({ month: '2026-06' });
    const seen = await follow(res.body.jobId, (j) => j.status === 'failed');
    const failed = seen.at(-1)!;
    expect(failed.failure).toMatchObject({ status: 422, code: 'ROSTER_INFEASIBLE' });
    expect(failed.failure!.details!.diagnosis!.length).toBeGreaterThan(0);
    expect(failed.rosterId).toBeNull();
    const sync = await t.http
      .post(`/api/v1/units/${unitId}/rosters?wait=30`)
      .set(h)
      .send({ month: '2026-06' });
    expect(sync.status).toBe(422);
    expect(sync.body.code).toBe('ROSTER_INFEASIBLE');
    expect(sync.body.diagnosis.length).toBeGreaterThan(0);
  });

  it('re-solves and amends as jobs, one at a time per month', async () => {
    const made = await t.http
      .post(`/api/v1/units/${unitId}/rosters?wait=60`)
      .set(h)
      .send({ month: '2026-05' })
      .expect(201);
    const slow = slowSolver({ improvements: 2, stepMs: 400, finish: true });
    try {
      const first = await t.http
        .post(`/api/v1/rosters/${made.body.id}/solve`)
        .set(h)
        .send({ version: made.body.version })
        .expect(202);
      // A second run for the same month while the first is going: 409 naming the job.
      const second = await t.http
        .post(`/api/v1/rosters/${made.body.id}/solve`)
        .set(h)
        .send({ version: made.body.version });
      expect(second.status).toBe(409);
      expect(second.body).toMatchObject({ code: 'SOLVE_JOB_ACTIVE', jobId: first.body.jobId });
      const again = await t.http
        .post(`/api/v1/units/${unitId}/rosters`)
        .set(h)
        .send({ month: '2026-05' });
      expect(again.status).toBe(409);
      await follow(first.body.jobId, (j) => j.status === 'succeeded');
    } finally {
      slow.mockRestore();
    }
    const roster = (await t.http.get(`/api/v1/rosters/${made.body.id}`).set(h).expect(200)).body;
    await t.http
      .post(`/api/v1/rosters/${roster.id}/publish`)
      .set(h)
      .send({ version: roster.version })
      .expect(200);
    const amended = await t.http
      .post(`/api/v1/rosters/${roster.id}/amend?wait=60`)
      .set(h)
      .send({ reason: '领导出差' })
      .expect(200);
    expect(amended.body).toMatchObject({ publishedVersion: 2, status: 'published' });
    expect(Array.isArray(amended.body.changes)).toBe(true);
  });

  it('keeps other units to their own jobs; admin sees every queue', async () => {
    const res = await t.http
      .post(`/api/v1/units/${unitId}/rosters`)
      .set(h)
      .send({ month: '2026-04' })
      .expect(202);
    await follow(res.body.jobId, (j) => j.status === 'succeeded');
    const [{ id: countyId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR-RC'");
    await t.app.get(AuthService).createUsers([
      {
        username: 'county-jobs',
        displayName: '嵘城区两办',
        password: TEST_DEMO_PASSWORD,
        role: 'office',
        unitId: countyId,
      },
    ]);
    const county = await t.auth('county-jobs');
    await t.http.get(`/api/v1/solve-jobs/${res.body.jobId}`).set(county).expect(403);
    await t.http.get(`/api/v1/solve-jobs/${res.body.jobId}/events`).set(county).expect(403);
    await t.http.delete(`/api/v1/solve-jobs/${res.body.jobId}`).set(county).expect(403);
    await t.http.get(`/api/v1/units/${unitId}/solve-jobs`).set(county).expect(403);
    await t.http.get('/api/v1/solve-jobs').set(h).expect(403);
    const queues = await t.http
      .get('/api/v1/solve-jobs?status=failed')
      .set(await t.auth('admin'))
      .expect(200);
    expect(queues.body.counts.failed).toBeGreaterThan(0);
    expect(queues.body.jobs[0].failure.code).toBe('ROSTER_INFEASIBLE');
    await t.http
      .get('/api/v1/solve-jobs?status=lost')
      .set(await t.auth('admin'))
      .expect(400);
  });

  it('streams progress as Server-Sent Events, in order, ending with the result', async () => {
    const slow = slowSolver({ improvements: 3, stepMs: 700, finish: true });
    try {
      const res = await t.http
        .post(`/api/v1/units/${unitId}/rosters`)
        .set(h)
        .send({ month: '2026-03' })
        .expect(202);
      const stream = await t.http
        .get(`/api/v1/solve-jobs/${res.body.jobId}/events`)
        .set(h)
        .buffer(true)
        .parse((r, cb) => {
          let text = '';
          r.on('data', (c: Buffer) => (text += c.toString()));
          r.on('end', () => cb(null, text));
        });
      expect(stream.status).toBe(200);
      expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
      const events = (stream.body as string)
        .split('\n\n')
        .filter((b) => b.includes('data: '))
        .map((b) => {
          const field = (name: string) => b.match(new RegExp(`^${name}: (.*)$`, 'm'))![1];
          return {
            id: Number(field('id')),
            event: field('event'),
            data: JSON.parse(field('data')) as JobView,
          };
        });
      const ids = events.map((e) => e.id);
      expect(ids).toEqual([...new Set(ids)].sort((a, b) => a - b));
      const ranks = events.map((e) => ORDER.indexOf(e.data.status));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      const improvements = events.map((e) => e.data.progress.improvements);
      expect(improvements).toEqual([...improvements].sort((a, b) => a - b));
      expect(new Set(improvements).size).toBeGreaterThanOrEqual(3);
      expect(events.slice(0, -1).every((e) => e.event === 'progress')).toBe(true);
      expect(events.at(-1)).toMatchObject({ event: 'end', data: { status: 'succeeded' } });
      expect(events.some((e) => e.data.progress.gap !== null && e.data.progress.gap > 0)).toBe(
        true,
      );
    } finally {
      slow.mockRestore();
    }
  });
});

describe('solve jobs across replicas', () => {
  let a: TestApp;
  let b: TestApp | undefined;
  let unitId: string;

  beforeAll(async () => {
    // A replica that takes requests but runs no solves.
    a = await startTestApp({ env: { SOLVER_WORKERS: '0', SOLVER_JOB_STALE_SECONDS: '3' } });
    a.clock.set(new Date('2025-12-01T00:00:00+08:00'));
    [{ id: unitId }] = await a.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
  });
  afterAll(async () => {
    await b?.close();
    await a.close();
  });

  it("is fair between units: one unit's burst does not hold back another unit's job", async () => {
    const h = await a.auth('admin');
    const [{ id: countyId }] = await a.dataSource.query("SELECT id FROM unit WHERE code = 'QR-RC'");
    const burst = [];
    for (const month of ['2026-07', '2026-08', '2026-09']) {
      const res = await a.http.post(`/api/v1/units/${unitId}/rosters`).set(h).send({ month });
      expect(res.status).toBe(202);
      burst.push(res.body);
    }
    expect(burst.map((j) => j.queuePosition)).toEqual([1, 2, 3]);
    const other = await a.http
      .post(`/api/v1/units/${countyId}/rosters`)
      .set(h)
      .send({ month: '2026-07' })
      .expect(202);
    // Second in line, ahead of the city's second and third months.
    expect(other.body.queuePosition).toBe(2);
    const third = await a.http.get(`/api/v1/solve-jobs/${burst[2].id}`).set(h).expect(200);
    expect(third.body.queuePosition).toBe(4);
    // pg-boss hands them out in that order.
    const boss = a.app.get(JobQueue).instance;
    const order = [];
    for (let i = 0; i < 4; i++) order.push((await boss.fetch(SOLVE_QUEUE))[0].id);
    expect(order).toEqual([burst[0].id, other.body.id, burst[1].id, burst[2].id]);
    for (const id of order) {
      const stop = await a.http.delete(`/api/v1/solve-jobs/${id}`).set(h).expect(200);
      expect(stop.body.status).toBe('cancelled');
    }
  });

  it('queues with positions, cancels a queued job, and retries a job whose replica died', async () => {
    const h = await a.auth('office');
    const first = await a.http
      .post(`/api/v1/units/${unitId}/rosters`)
      .set(h)
      .send({ month: '2026-10' })
      .expect(202);
    expect(first.body.queuePosition).toBe(1);
    const dup = await a.http
      .post(`/api/v1/units/${unitId}/rosters`)
      .set(h)
      .send({ month: '2026-10' });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({
      code: 'ROSTER_EXISTS',
      generating: true,
      jobId: first.body.jobId,
    });
    // The unit's second job ranks after the first (and after every other unit's first).
    const second = await a.http
      .post(`/api/v1/units/${unitId}/rosters`)
      .set(h)
      .send({ month: '2026-11' })
      .expect(202);
    expect(second.body.queuePosition).toBe(2);
    const dropped = await a.http
      .delete(`/api/v1/solve-jobs/${second.body.jobId}`)
      .set(h)
      .expect(200);
    expect(dropped.body).toMatchObject({ status: 'cancelled', keptBest: false });

    // A replica takes the first job and dies mid-solve: its pg-boss job stays active, its
    // heartbeat stops.
    const boss = a.app.get(JobQueue).instance;
    const [taken] = await boss.fetch(SOLVE_QUEUE);
    expect(taken.id).toBe(first.body.jobId);
    await a.dataSource.query(
      `UPDATE solve_job SET status = 'running', attempt = 1, instance = 'dead-host/1',
              heartbeat_at = now() - interval '1 minute' WHERE id = $1`,
      [taken.id],
    );
    // It had taken the month's reservation too, which outlives it by the solve's time limit.
    await a.dataSource.query(
      "INSERT INTO roster_reservation (unit_id, month, expires_at) VALUES ($1, '2026-10', now() + interval '5 minutes')",
      [unitId],
    );
    // Another replica with a solver thread picks it up after the sweep re-queues it.
    b = await startTestApp({
      db: a.db,
      env: { SOLVER_WORKERS: '1', SOLVER_JOB_STALE_SECONDS: '3' },
    });
    b.clock.set(new Date('2025-12-01T00:00:00+08:00'));
    const end = Date.now() + 60_000;
    let done;
    for (;;) {
      done = (await a.http.get(`/api/v1/solve-jobs/${taken.id}`).set(h).expect(200)).body;
      if (done.status === 'succeeded' || Date.now() > end) break;
      await sleep(250);
    }
    expect(done).toMatchObject({ status: 'succeeded', attempt: 2 });
    const rosters = await a.dataSource.query(
      "SELECT id FROM roster WHERE unit_id = $1 AND month = '2026-10'",
      [unitId],
    );
    expect(rosters).toEqual([{ id: done.rosterId }]);
    const generated = await a.dataSource.query(
      "SELECT count(*)::int AS n FROM roster_change WHERE roster_id = $1 AND action = 'generate'",
      [done.rosterId],
    );
    expect(generated[0].n).toBe(1);
    // The dead replica's attempt can no longer write: its fence (attempt 1) is gone.
    const late = await a.dataSource.query(
      "UPDATE solve_job SET status = 'succeeded' WHERE id = $1 AND attempt = 1 AND status = 'running'",
      [taken.id],
    );
    expect(late[1]).toBe(0);
  });
});
