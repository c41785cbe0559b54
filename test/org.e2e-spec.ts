import { startTestApp, type TestApp } from './support/test-app.js';

describe('org: units, leaders, departments, subjects', () => {
  let t: TestApp;
  let h: { Authorization: string };
  let cityId: string;

  beforeAll(async () => {
    t = await startTestApp();
    h = await t.auth('office');
    [{ id: cityId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
  });
  afterAll(() => t.close());

  it('serves the demo city: its unit with session templates and 20 leaders in protocol order', async () => {
    const unit = await t.http.get(`/api/v1/units/${cityId}`).set(h).expect(200);
    expect(unit.body).toMatchObject({
      name: '青嵘市',
      level: 'city',
      sessionTemplates: [
        { code: 'AM', start: '08:30', end: '11:30' },
        { code: 'PM', start: '14:30', end: '17:30' },
      ],
    });
    const leaders = await t.http.get(`/api/v1/leaders?unitId=${cityId}`).set(h).expect(200);
    expect(leaders.body).toHaveLength(20);
    const orders = leaders.body.map((l: { protocolOrder: number }) => l.protocolOrder);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    const zheng = leaders.body.find((l: { code: string }) => l.code === 'L08');
    expect(zheng).toMatchObject({
      name: '钟正平',
      rotationPool: 'party_government',
      portfolioSubjects: ['politics_law'],
    });
    const npc = leaders.body.filter((l: { rotationPool: string }) => l.rotationPool === 'npc');
    expect(npc.map((l: { code: string }) => l.code)).toEqual(['L17', 'L18']);
  });

  it('lists the subject taxonomy with old labels mapped to new', async () => {
    const res = await t.http.get('/api/v1/subjects').set(h).expect(200);
    expect(res.body).toHaveLength(19);
    const byName = new Map(res.body.map((s: { name: string }) => [s.name, s]));
    expect(byName.get('自然资源')).toMatchObject({ oldLabels: ['国土资源'] });
    expect(byName.get('纪检监察')).toMatchObject({ restricted: true });
    expect((byName.get('教育') as { oldLabels: string[] }).oldLabels).toContain('教育文体');
    expect((byName.get('文体旅游') as { oldLabels: string[] }).oldLabels).toContain('教育文体');
  });

  it('creates, updates with optimistic locking, and deactivates a leader', async () => {
    const created = await t.http
      .post('/api/v1/leaders')
      .set(h)
      .send({
        unitId: cityId,
        code: 'L21',
        name: '蓝若川',
        title: '副市长',
        protocolOrder: 21,
        rotationPool: 'party_government',
        portfolioSubjects: ['transport'],
        portfolioText: '交通运输',
        minSessionsPerMonth: 1,
        maxSessionsPerMonth: 2,
        activeFrom: '2026-12-01',
        contact: { email: 'l21@qingrong.example' },
        secretary: { name: '秘书甲', phone: '0571-12345678' },
      })
      .expect(201);
    const id = created.body.id as string;
    expect(created.body.version).toBe(1);

    const updated = await t.http
      .patch(`/api/v1/leaders/${id}`)
      .set(h)
      .send({ version: 1, maxSessionsPerMonth: 3 })
      .expect(200);
    expect(updated.body).toMatchObject({ maxSessionsPerMonth: 3, version: 2 });

    const stale = await t.http
      .patch(`/api/v1/leaders/${id}`)
      .set(h)
      .send({ version: 1, title: '市长' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');

    const invalid = await t.http
      .patch(`/api/v1/leaders/${id}`)
      .set(h)
      .send({ minSessionsPerMonth: 5 });
    expect(invalid.status).toBe(400);
    expect(invalid.body.field).toBe('minSessionsPerMonth');

    const off = await t.http
      .post(`/api/v1/leaders/${id}/deactivate`)
      .set(h)
      .send({ activeTo: '2026-12-31' })
      .expect(200);
    expect(off.body).toMatchObject({ active: false, activeTo: '2026-12-31' });
    const active = await t.http.get('/api/v1/leaders').set(h).expect(200);
    expect(active.body.some((l: { id: string }) => l.id === id)).toBe(false);
    const all = await t.http.get('/api/v1/leaders?includeInactive=true').set(h).expect(200);
    expect(all.body.some((l: { id: string }) => l.id === id)).toBe(true);
  });

  it('serialises concurrent edits: of two writers with the same version, one gets 409', async () => {
    const [leader] = (await t.http.get('/api/v1/leaders').set(h).expect(200)).body;
    const edits = await Promise.all([
      t.http
        .patch(`/api/v1/leaders/${leader.id}`)
        .set(h)
        .send({ version: leader.version, portfolioText: 'A' }),
      t.http
        .patch(`/api/v1/leaders/${leader.id}`)
        .set(h)
        .send({ version: leader.version, portfolioText: 'B' }),
    ]);
    expect(edits.map((r: { status: number }) => r.status).sort()).toEqual([200, 409]);
  });

  it('creates and updates departments', async () => {
    const created = await t.http
      .post('/api/v1/departments')
      .set(h)
      .send({
        unitId: cityId,
        name: '市城市管理局',
        subjectCodes: ['urban_construction'],
        contact: { person: '王科长' },
      })
      .expect(201);
    const dup = await t.http
      .post('/api/v1/departments')
      .set(h)
      .send({ unitId: cityId, name: '市城市管理局' });
    expect(dup.status).toBe(409);
    expect(dup.body.field).toBe('name');
    const updated = await t.http
      .patch(`/api/v1/departments/${created.body.id}`)
      .set(h)
      .send({ subjectCodes: ['urban_construction', 'transport'] })
      .expect(200);
    expect(updated.body.subjectCodes).toEqual(['urban_construction', 'transport']);
    await t.http.post(`/api/v1/departments/${created.body.id}/deactivate`).set(h).expect(200);
  });

  it('records every write in the audit log: who, what, from where', async () => {
    const res = await t.http
      .get('/api/v1/audit-log?limit=500')
      .set(await t.auth('admin'))
      .expect(200);
    const writes = res.body.filter((r: { action: string }) =>
      /^(POST|PATCH) \/api\/v1\/(leaders|departments)/.test(r.action),
    );
    expect(writes.length).toBeGreaterThanOrEqual(8);
    for (const row of writes) {
      expect(row).toMatchObject({
        username: 'office',
        role: 'office',
        ip: expect.any(String),
        requestId: expect.any(String),
      });
    }
    expect(writes.some((r: { statusCode: number }) => r.statusCode === 409)).toBe(true);
  });
});
