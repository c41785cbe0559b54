import { DataSource } from 'typeorm';
import { AuthService } from '../src/auth/auth.service.js';
import type { Role } from '../src/auth/user.entity.js';
import { TEST_DEMO_PASSWORD } from './support/constants.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * For each role and each endpoint family: allowed or 403; and no role but admin reaches another
 * unit's data.
 */
describe('role matrix', () => {
  let t: TestApp;
  let cityId: string;
  let countyId: string;
  let leaderId: string;
  let departmentId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const db = t.app.get(DataSource);
    [{ id: cityId }] = await db.query("SELECT id FROM unit WHERE code = 'QR'");
    [{ id: countyId }] = await db.query("SELECT id FROM unit WHERE code = 'QR-RC'");
    [{ id: leaderId }] = await db.query("SELECT id FROM leader WHERE code = 'L12'");
    [{ id: departmentId }] = await db.query('SELECT id FROM department ORDER BY name LIMIT 1');
    await t.app.get(AuthService).createUsers([
      {
        username: 'dept01',
        displayName: '住建局联络员',
        password: TEST_DEMO_PASSWORD,
        role: 'department',
        unitId: cityId,
        departmentId,
      },
      {
        username: 'county-office',
        displayName: '嵘城区两办',
        password: TEST_DEMO_PASSWORD,
        role: 'office',
        unitId: countyId,
      },
    ]);
  });
  afterAll(() => t.close());

  const users: Record<Role, string> = {
    admin: 'admin',
    office: 'office',
    petition: 'petition',
    politics: 'politics',
    leader: 'leader01',
    department: 'dept01',
  };
  const everyone: Role[] = ['admin', 'office', 'petition', 'politics', 'leader', 'department'];
  const writers: Role[] = ['admin', 'office'];

  interface Case {
    name: string;
    allowed: Role[];
    /** Statuses that mean "allowed" (default 200/201). */
    ok?: number[];
    call: (headers: Record<string, string>) => Promise<{ status: number }>;
  }
  let seq = 0;
  const cases: Case[] = [
    { name: 'GET /units', allowed: everyone, call: (h) => t.http.get('/api/v1/units').set(h) },
    {
      name: 'GET /subjects',
      allowed: everyone,
      call: (h) => t.http.get('/api/v1/subjects').set(h),
    },
    { name: 'GET /leaders', allowed: everyone, call: (h) => t.http.get('/api/v1/leaders').set(h) },
    {
      name: 'GET /leaders/:id',
      allowed: everyone,
      call: (h) => t.http.get(`/api/v1/leaders/${leaderId}`).set(h),
    },
    {
      name: 'GET /departments',
      allowed: everyone,
      call: (h) => t.http.get('/api/v1/departments').set(h),
    },
    {
      name: 'POST /leaders',
      allowed: writers,
      call: (h) =>
        t.http
          .post('/api/v1/leaders')
          .set(h)
          .send({
            unitId: cityId,
            code: `X${++seq}`,
            name: '测试领导',
            title: '副市长',
            protocolOrder: 99,
            rotationPool: 'party_government',
            minSessionsPerMonth: 1,
            maxSessionsPerMonth: 2,
            activeFrom: '2026-01-01',
          }),
    },
    {
      name: 'PATCH /leaders/:id',
      allowed: writers,
      call: (h) =>
        t.http
          .patch(`/api/v1/leaders/${leaderId}`)
          .set(h)
          .send({ portfolioText: `测试 ${++seq}` }),
    },
    {
      name: 'POST /departments',
      allowed: writers,
      call: (h) =>
        t.http
          .post('/api/v1/departments')
          .set(h)
          .send({ unitId: cityId, name: `测试部门${++seq}` }),
    },
    {
      name: 'GET /audit-log',
      allowed: ['admin'],
      call: (h) => t.http.get('/api/v1/audit-log').set(h),
    },
    ...guarded(),
  ];

  /**
   * Endpoints whose guard is the point: each is called with an empty body or an id that does not
   * exist, so a role the guard lets through gets the request's own 4xx (never 403) and nothing is
   * written, while every other role gets 403.
   */
  function guarded(): Case[] {
    const ok = [200, 201, 400, 404, 409, 422];
    const none = '00000000-0000-4000-8000-000000000000';
    const staff: Role[] = ['admin', 'office', 'petition', 'politics'];
    const screening: Role[] = ['admin', 'petition', 'politics'];
    const post = (path: string, roles: Role[], body: object = {}): Case => ({
      name: `POST ${path}`,
      allowed: roles,
      ok,
      call: (h) =>
        t.http
          .post(`/api/v1${path.replace(':unit', cityId).replace(/:id/g, none)}`)
          .set(h)
          .send(body),
    });
    const send = (method: 'put' | 'patch', path: string, roles: Role[]): Case => ({
      name: `${method.toUpperCase()} ${path}`,
      allowed: roles,
      ok,
      call: (h) =>
        t.http[method](`/api/v1${path.replace(':unit', cityId).replace(/:id/g, none)}`)
          .set(h)
          .send({}),
    });
    const get = (path: string, roles: Role[]): Case => ({
      name: `GET ${path}`,
      allowed: roles,
      ok,
      call: (h) => t.http.get(`/api/v1${path.replace(':unit', cityId)}`).set(h),
    });
    return [
      post('/units/:unit/appointments/match', staff),
      post('/appointments/:id/accept', staff),
      post('/appointments/:id/reassign', staff),
      post('/appointments/:id/postpone', staff),
      post('/appointments/:id/reception', staff),
      post('/reception-records/:id/extend', staff),
      get('/units/:unit/reception-figures?year=2026', staff),
      send('put', '/units/:unit/attendance', ['admin', 'petition']),
      get('/units/:unit/attendance?month=2026-03', staff),
      get('/units/:unit/attendance-figures?year=2026', staff),
      post('/units/:unit/walk-ins', ['admin', 'petition']),
      post('/walk-ins/:id/close', ['admin', 'petition']),
      post('/walk-ins/:id/follow-up', ['admin', 'petition']),
      post('/walk-ins/:id/case-leader', ['admin', 'office']),
      post('/walk-ins/:id/escalate', screening),
      get('/units/:unit/walk-ins', everyone),
      {
        // Leaders read only their own (leader01 is not L12): 403 like the roles without access.
        name: 'GET /leaders/:id/briefing',
        allowed: staff,
        ok: [200],
        call: (h) => t.http.get(`/api/v1/leaders/${leaderId}/briefing`).set(h),
      },
      get('/units/:unit/hall-figures?year=2026', staff),
      get('/units/:unit/hall-figures.xlsx?year=2026', staff),
      get('/units/:unit/hall-report?year=2026', staff),
      post('/priority-cases', screening, []),
      send('patch', '/priority-cases/:id', screening),
      post('/priority-cases/:id/close', screening),
      post('/priority-cases/:id/hand-over', screening),
      post('/priority-cases/:id/acknowledge', [...screening, 'leader']),
      get('/priority-cases/export.xlsx', [...screening, 'office']),
      get('/calendar/holiday-status', ['admin']),
      post('/calendar/years/2099/preview', ['admin']),
      send('put', '/calendar/years/2099', ['admin']),
      get('/units/:unit/calendar/years/2099', ['admin', 'office']),
      post('/units/:unit/calendar/years/2099/preview', ['admin', 'office']),
      send('put', '/units/:unit/calendar/years/2099', ['admin', 'office']),
      post('/units/:unit/calendar/overrides', ['admin', 'office']),
      post('/units/:unit/special-periods', ['admin', 'office']),
      send('patch', '/units/:unit', ['admin', 'office']),
      post('/units/:unit/rosters', ['admin', 'office']),
      post('/rosters/:id/solve', ['admin', 'office']),
      post('/rosters/:id/amend', ['admin', 'office']),
      get('/solve-jobs', ['admin']),
      get('/units/:unit/solve-jobs', everyone),
      get(`/solve-jobs/${none}`, everyone),
      {
        name: 'DELETE /solve-jobs/:id',
        allowed: ['admin', 'office'],
        ok,
        call: (h) => t.http.delete(`/api/v1/solve-jobs/${none}`).set(h),
      },
      send('patch', '/rosters/:id/assignments/:id', ['admin', 'office']),
      post('/rosters/:id/publish', ['admin', 'office']),
      get('/units/:unit/availability', staff),
      post('/units/:unit/availability', ['admin', 'office']),
      post('/units/:unit/absences', ['admin', 'office']),
      post('/units/:unit/absences/paste', ['admin', 'office']),
      post('/leaders/:id/feed/send', ['admin', 'office']),
      get('/me/notifications', ['leader']),
      get('/notifications', ['admin', 'office', 'petition']),
      get('/units/:unit/notify-settings', ['admin', 'office']),
      send('put', '/units/:unit/notify-settings', ['admin']),
      // Leave and swap requests, confirmations (确认出席).
      post('/duty-requests', ['admin', 'office', 'leader']),
      get('/units/:unit/duty-requests', ['admin', 'office', 'leader']),
      get(`/duty-requests/${none}`, ['admin', 'office', 'leader']),
      get(`/duty-requests/${none}/substitutes`, ['admin', 'office']),
      post('/duty-requests/:id/accept', ['leader']),
      post('/duty-requests/:id/decline', ['leader']),
      post('/duty-requests/:id/withdraw', ['admin', 'office', 'leader']),
      post('/duty-requests/:id/approve', ['admin', 'office']),
      post('/duty-requests/:id/refuse', ['admin', 'office']),
      post('/rosters/:id/assignments/:id/confirm', ['admin', 'office', 'leader']),
      get('/units/:unit/unconfirmed-duties', ['admin', 'office']),
    ];
  }

  for (const c of cases) {
    for (const role of everyone) {
      const expected = c.allowed.includes(role);
      it(`${c.name} as ${role}: ${expected ? 'allowed' : '403'}`, async () => {
        const res = await c.call(await t.auth(users[role]));
        if (expected) expect(c.ok ?? [200, 201]).toContain(res.status);
        else expect(res.status).toBe(403);
      });
    }
    it(`${c.name} without a token: 401`, async () => {
      expect((await c.call({})).status).toBe(401);
    });
  }

  it('lists only the own unit for non-admins, every unit for admin', async () => {
    const own = await t.http
      .get('/api/v1/units')
      .set(await t.auth('office'))
      .expect(200);
    expect(own.body.map((u: { id: string }) => u.id)).toEqual([cityId]);
    const all = await t.http
      .get('/api/v1/units')
      .set(await t.auth('admin'))
      .expect(200);
    expect(all.body).toHaveLength(7);
  });

  it('denies a county user the city leaders, departments and unit', async () => {
    const h = await t.auth('county-office');
    await t.http.get(`/api/v1/leaders?unitId=${cityId}`).set(h).expect(403);
    await t.http.get(`/api/v1/leaders/${leaderId}`).set(h).expect(403);
    await t.http.get(`/api/v1/departments/${departmentId}`).set(h).expect(403);
    await t.http.get(`/api/v1/units/${cityId}`).set(h).expect(403);
    await t.http
      .patch(`/api/v1/leaders/${leaderId}`)
      .set(h)
      .send({ portfolioText: 'x' })
      .expect(403);
    const ownLeaders = await t.http.get('/api/v1/leaders').set(h).expect(200);
    expect(ownLeaders.body).toEqual([]);
  });

  it('denies city office staff writes into a county', async () => {
    const res = await t.http
      .post('/api/v1/departments')
      .set(await t.auth('office'))
      .send({ unitId: countyId, name: '越权部门' });
    expect(res.status).toBe(403);
    const admin = await t.http
      .post('/api/v1/departments')
      .set(await t.auth('admin'))
      .send({ unitId: countyId, name: '区住建局' });
    expect(admin.status).toBe(201);
  });
});
