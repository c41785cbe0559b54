import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * A published roster changes only with a reason; publishing the next version does not ask for it
 * again when every change since the last publication came with one.
 */
describe('publishing a changed roster: the reason is asked once', () => {
  let t: TestApp;
  let h: { Authorization: string };
  let roster: { id: string; version: number; assignments: Array<{ id: string; pinned: boolean }> };

  beforeAll(async () => {
    t = await startTestApp();
    // Plan September before it begins (its sessions would otherwise be history).
    t.clock.set(new Date('2026-08-20T00:00:00+08:00'));
    h = await t.auth('office');
    const [{ id: unitId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
    const res = await t.http
      .post(`/api/v1/units/${unitId}/rosters?wait=60`)
      .set(h)
      .send({ month: '2026-09' })
      .expect(201);
    roster = res.body;
    const v1 = await t.http
      .post(`/api/v1/rosters/${roster.id}/publish`)
      .set(h)
      .send({ version: roster.version })
      .expect(200);
    roster = v1.body;
  });
  afterAll(() => t.close());

  const pin = async (reason?: string) => {
    const a = roster.assignments[0];
    const res = await t.http
      .patch(`/api/v1/rosters/${roster.id}/assignments/${a.id}`)
      .set(h)
      .send({ version: roster.version, pinned: !a.pinned, ...(reason ? { reason } : {}) });
    if (res.status === 200) roster = res.body;
    return res;
  };
  const publish = (body: Record<string, unknown> = {}) =>
    t.http
      .post(`/api/v1/rosters/${roster.id}/publish`)
      .set(h)
      .send({ version: roster.version, ...body });
  const versions = async () =>
    (await t.http.get(`/api/v1/rosters/${roster.id}/versions`).set(h).expect(200)).body as Array<{
      number: number;
      reason: string | null;
    }>;

  it('publishes version 2 with the reasons given with its changes', async () => {
    expect((await pin()).status).toBe(400); // a published roster changes only with a reason
    expect((await pin('市委常委会调整')).status).toBe(200);
    expect((await pin('领导出差')).status).toBe(200);
    const res = await publish();
    expect(res.status).toBe(200);
    expect(res.body.publishedVersion).toBe(2);
    roster = res.body;
    expect((await versions()).map((v) => v.reason)).toEqual([null, '市委常委会调整；领导出差']);
  });

  it('takes a reason given at publication instead', async () => {
    expect((await pin('补充调整')).status).toBe(200);
    const res = await publish({ reason: '第三版：汇总调整' });
    expect(res.status).toBe(200);
    roster = res.body;
    expect((await versions()).at(-1)).toMatchObject({ number: 3, reason: '第三版：汇总调整' });
  });

  it('still asks when a change since the last publication came without one (a re-solve)', async () => {
    const solved = await t.http
      .post(`/api/v1/rosters/${roster.id}/solve?wait=60`)
      .set(h)
      .send({ version: roster.version })
      .expect(200);
    roster = solved.body;
    const res = await publish();
    expect(res.status).toBe(400);
    expect(res.body.field).toBe('reason');
    expect((await publish({ reason: '重新排班' })).status).toBe(200);
  });

  it('needs the version it publishes', async () => {
    const res = await t.http.post(`/api/v1/rosters/${roster.id}/publish`).set(h).send({});
    expect(res.status).toBe(400);
    expect(res.body.field).toBe('version');
  });
});
