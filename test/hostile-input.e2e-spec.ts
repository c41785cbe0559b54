import { caseInput } from './fixtures/appointments/cases.js';
import { newLeader } from './fixtures/org.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const NUL = 'a\u0000b';
const ANY_ID = '00000000-0000-4000-8000-000000000001';

type Body = Record<string, unknown> | unknown[];
interface Probe {
  user: string;
  method: 'get' | 'post' | 'patch' | 'put';
  path: string;
  body?: Body;
  field: string;
}

/**
 * Hostile or odd input gets a 400 naming the field, never a 500: one shared text schema for every
 * text field and query parameter (NUL and other controls, lone surrogates, invisible-only values
 * refused; NFC applied), and every number and date bounded to what its column holds.
 */
describe('hostile input: 400 naming the field, never 500', () => {
  let t: TestApp;
  let cityId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: cityId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
  });
  afterAll(() => t.close());

  const send = async (p: Probe) => {
    const h = await t.auth(p.user);
    const req = t.http[p.method](p.path).set(h);
    return p.body === undefined ? req : req.send(p.body as object);
  };
  const expectRefused = async (p: Probe) => {
    const res = await send(p);
    expect({ status: res.status, field: res.body.field }).toEqual({ status: 400, field: p.field });
    expect(res.body.message).toContain(p.field);
  };

  const leader = (patch: Record<string, unknown>) => newLeader(cityId, { code: 'L98', ...patch });
  const department = (patch: Record<string, unknown>) => ({
    unitId: cityId,
    name: '新部门',
    ...patch,
  });
  const period = (patch: Record<string, unknown>) => ({
    name: '测试特护期',
    startDate: '2027-03-01',
    endDate: '2027-03-05',
    ...patch,
  });

  /** Every text field of every endpoint that takes text, with a NUL in it. */
  const textFields = (): Probe[] => [
    {
      user: 'office',
      method: 'post',
      path: '/api/v1/leaders',
      body: leader({ name: NUL }),
      field: 'name',
    },
    {
      user: 'office',
      method: 'post',
      path: '/api/v1/leaders',
      body: leader({ title: NUL }),
      field: 'title',
    },
    {
      user: 'office',
      method: 'post',
      path: '/api/v1/leaders',
      body: leader({ portfolioText: NUL }),
      field: 'portfolioText',
    },
    {
      user: 'office',
      method: 'post',
      path: '/api/v1/leaders',
      body: leader({ portfolioSubjects: [NUL] }),
      field: 'portfolioSubjects[0]',
    },
    {
      user: 'office',
      method: 'post',
      path: '/api/v1/leaders',
      body: leader({ contact: { wecomUserId: NUL } }),
      field: 'contact.wecomUserId',
    },
    {
      user: 'office',
      method: 'post',
      path: '/api/v1/leaders',
      body: leader({ contact: { email: `x${NUL}@example.com` } }),
      field: 'contact.email',
    },
    {
      user: 'office',
      method: 'post',
      path: '/api/v1/leaders',
      body: leader({ secretary: { name: NUL } }),
      field: 'secretary.name',
    },
    {
      user: 'office',
      method: 'patch',
      path: `/api/v1/leaders/${ANY_ID}`,
      body: { name: NUL },
      field: 'name',
    },
    {
      user: 'office',
      method: 'post',
      path: '/api/v1/departments',
      body: department({ name: NUL }),
      field: 'name',
    },
    {
      user: 'office',
      method: 'post',
      path: '/api/v1/departments',
      body: department({ contact: { person: NUL } }),
      field: 'contact.person',
    },
    {
      user: 'office',
      method: 'patch',
      path: `/api/v1/departments/${ANY_ID}`,
      body: { version: 1, subjectCodes: [NUL] },
      field: 'subjectCodes[0]',
    },
    {
      user: 'office',
      method: 'post',
      path: `/api/v1/units/${cityId}/calendar/overrides`,
      body: { date: '2027-01-05', kind: 'closure', reason: NUL },
      field: 'reason',
    },
    {
      user: 'admin',
      method: 'put',
      path: '/api/v1/calendar/years/2031',
      body: { text: `2031-01-01 休 元旦${NUL}` },
      field: 'text',
    },
    {
      user: 'admin',
      method: 'put',
      path: '/api/v1/calendar/years/2031',
      body: { holidays: [{ date: '2031-01-01', name: NUL }], makeupWorkdays: [] },
      field: 'holidays[0].name',
    },
    {
      user: 'office',
      method: 'post',
      path: `/api/v1/units/${cityId}/special-periods`,
      body: period({ name: NUL }),
      field: 'name',
    },
    {
      user: 'office',
      method: 'patch',
      path: `/api/v1/units/${cityId}/special-periods/${ANY_ID}`,
      body: { version: 1, notes: NUL },
      field: 'notes',
    },
    {
      user: 'office',
      method: 'post',
      path: `/api/v1/leaders/${ANY_ID}/availability`,
      body: { entries: [{ date: '2027-01-05', kind: 'preferred', note: NUL }] },
      field: 'entries[0].note',
    },
    {
      user: 'office',
      method: 'patch',
      path: `/api/v1/rosters/${ANY_ID}/assignments/${ANY_ID}`,
      body: { version: 1, reason: NUL },
      field: 'reason',
    },
    {
      user: 'office',
      method: 'post',
      path: `/api/v1/rosters/${ANY_ID}/publish`,
      body: { version: 1, reason: NUL },
      field: 'reason',
    },
    {
      user: 'office',
      method: 'post',
      path: `/api/v1/rosters/${ANY_ID}/amend`,
      body: { reason: NUL },
      field: 'reason',
    },
    ...(
      [
        'reference',
        'batch',
        'subject',
        'subcategory',
        'locality',
        'summary',
        'risk',
        'receiveBefore',
        'previousLeader',
        'submittedBy',
      ] as const
    ).map((f): Probe => ({
      user: 'petition',
      method: 'post',
      path: '/api/v1/priority-cases',
      body: [caseInput({ [f]: NUL })],
      field: `[0].${f}`,
    })),
    ...(['name', 'phone', 'idNumber'] as const).map((f): Probe => ({
      user: 'petition',
      method: 'post',
      path: '/api/v1/priority-cases',
      body: [
        caseInput({
          petitioners: [
            { name: '张三', phone: '13812341234', idNumber: '110105198001011234', [f]: NUL },
          ],
        }),
      ],
      field: `[0].petitioners[0].${f}`,
    })),
    {
      user: 'petition',
      method: 'post',
      path: '/api/v1/priority-cases',
      body: [caseInput({ departments: [NUL] })],
      field: '[0].departments[0]',
    },
    {
      user: 'petition',
      method: 'patch',
      path: `/api/v1/priority-cases/${ANY_ID}`,
      body: { version: 1, summary: '\u0001' },
      field: 'summary',
    },
    {
      user: 'petition',
      method: 'post',
      path: `/api/v1/priority-cases/${ANY_ID}/close`,
      body: { reason: NUL },
      field: 'reason',
    },
    {
      user: 'office',
      method: 'post',
      path: `/api/v1/appointments/${ANY_ID}/postpone`,
      body: { reason: NUL },
      field: 'reason',
    },
    {
      user: 'office',
      method: 'post',
      path: `/api/v1/appointments/${ANY_ID}/reception`,
      body: { persons: 1, outcome: 'resolved', note: NUL },
      field: 'note',
    },
    {
      user: 'office',
      method: 'post',
      path: `/api/v1/reception-records/${ANY_ID}/extend`,
      body: { reason: NUL },
      field: 'reason',
    },
    {
      user: 'admin',
      method: 'put',
      path: `/api/v1/units/${cityId}/notify-settings`,
      body: { channels: { webhook: { url: `https://hooks.example.com/${NUL}` } } },
      field: 'channels.webhook.url',
    },
    {
      user: 'admin',
      method: 'put',
      path: `/api/v1/units/${cityId}/notify-settings`,
      body: { channels: { email: { host: NUL, port: 25, secure: false, from: 'a@b.cn' } } },
      field: 'channels.email.host',
    },
    {
      user: 'admin',
      method: 'put',
      path: `/api/v1/units/${cityId}/notify-settings`,
      body: { petitionRecipients: [{ name: NUL }] },
      field: 'petitionRecipients[0].name',
    },
    // Query parameters.
    {
      user: 'petition',
      method: 'get',
      path: `/api/v1/priority-cases?batch=${encodeURIComponent(NUL)}`,
      field: 'batch',
    },
    {
      user: 'office',
      method: 'get',
      path: `/api/v1/notifications?recipient=${encodeURIComponent(NUL)}`,
      field: 'recipient',
    },
  ];

  it('refuses a NUL in every text field and query parameter', async () => {
    const probes = textFields();
    expect(probes.length).toBeGreaterThanOrEqual(40);
    for (const p of probes) await expectRefused(p);
  });

  it('refuses a NUL in the login username without logging in (same 400 as any field)', async () => {
    for (const [field, body] of [
      ['username', { username: NUL, password: 'x' }],
      ['password', { username: 'office', password: NUL }],
      ['username', { username: '\ud800office', password: 'x' }],
      ['username', { username: '\u200b\u200b', password: 'x' }],
    ] as const) {
      const res = await t.http.post('/api/v1/auth/login').send(body);
      expect({ status: res.status, field: res.body.field }).toEqual({ status: 400, field });
    }
  });

  it.each([
    ['another C0 control (ESC)', 'a\u001bb', 'a control character'],
    ['a lone surrogate', 'a\udc00b', 'a lone surrogate'],
    ['only zero-width characters', '\u200b\u200d', 'an invisible value'],
    ['a line break in a one-line field', 'a\nb', 'a line break'],
  ])('refuses %s with 400', async (_what, value) => {
    await expectRefused({
      user: 'office',
      method: 'patch',
      path: `/api/v1/leaders/${ANY_ID}`,
      body: { title: value },
      field: 'title',
    });
  });

  it('keeps tabs and line breaks where text may span lines, and stores text NFC-normalised', async () => {
    const h = await t.auth('office');
    const decomposed = '新领导\u0041\u030a'; // A + combining ring: Å in NFD
    const res = await t.http
      .post('/api/v1/leaders')
      .set(h)
      .send(leader({ code: 'L97', name: decomposed, portfolioText: '第一行\r\n\t第二行' }));
    expect(res.status).toBe(201);
    expect(res.body.name).toBe('新领导\u00c5');
    expect(res.body.portfolioText).toBe('第一行\n\t第二行');
  });

  it.each([
    [
      'a roster diff beyond integer',
      `/api/v1/rosters/${ANY_ID}/diff?from=2147483648&to=2147483649`,
      'from',
    ],
    [
      'an audit-log cursor beyond bigint',
      '/api/v1/audit-log?before=99999999999999999999999',
      'before',
    ],
    [
      'a case list offset beyond integer',
      '/api/v1/priority-cases?offset=100000000000000000000',
      'offset',
    ],
    ['a roster month in year 0', `/api/v1/units/${ANY_ID}/rosters?month=0000-01`, 'month'],
    ['a calendar month in year 9999', `/api/v1/units/${ANY_ID}/calendar?month=9999-12`, 'month'],
    ['figures of year 99999', `/api/v1/units/${ANY_ID}/roster-stats?year=99999`, 'year'],
    [
      'appointments of month 0000-01',
      `/api/v1/units/${ANY_ID}/appointments?month=0000-01`,
      'month',
    ],
    ['notifications from 0000-01-01', '/api/v1/notifications?from=0000-01-01', 'from'],
  ])('refuses %s with 400 naming the field', async (_what, path, field) => {
    await expectRefused({ user: 'admin', method: 'get', path, field });
  });

  it.each([
    ['a roster for month 0000-01', `/units/{city}/rosters`, { month: '0000-01' }, 'month'],
    [
      'an optimistic version beyond integer',
      `/rosters/${ANY_ID}/solve`,
      { version: 2 ** 31 },
      'version',
    ],
    [
      'an availability date in year 0',
      `/leaders/${ANY_ID}/availability`,
      { entries: [{ date: '0000-01-01', kind: 'preferred' }] },
      'entries[0].date',
    ],
    [
      'a special period in year 10000',
      `/units/{city}/special-periods`,
      { name: '远期', startDate: '9999-12-30', endDate: '9999-12-31' },
      'startDate',
    ],
  ])('refuses %s with 400 naming the field', async (_what, path, body, field) => {
    await expectRefused({
      user: 'admin',
      method: 'post',
      path: `/api/v1${path.replace('{city}', cityId)}`,
      body,
      field,
    });
  });

  it('answers a NUL in a URL path without a 500', async () => {
    for (const path of ['/%00', '/api/v1/leaders/%00', '/feeds/%00.ics', '/assets/%00.js']) {
      const res = await t.http.get(path).set(await t.auth('office'));
      expect(res.status).toBeLessThan(500);
    }
  });
});
