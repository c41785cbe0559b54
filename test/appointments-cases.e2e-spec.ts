import { AuthService } from '../src/auth/auth.service.js';
import { demoCases, idNumber, caseInput, inDays } from './fixtures/appointments/cases.js';
import { TEST_DEMO_PASSWORD } from './support/constants.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Headers = { Authorization: string };

describe('priority cases: submission, routing, personal data', () => {
  let t: TestApp;
  let petition: Headers;
  let cityId: string;
  const ids = new Map<string, string>();
  const input = demoCases();

  const countCases = async () =>
    (await t.dataSource.query('SELECT count(*)::int AS n FROM priority_case'))[0].n as number;
  const piiReads = async (entityId: string) =>
    (await t.dataSource.query(
      "SELECT username, role, entity_type FROM audit_log WHERE action = 'pii.read' AND entity_id = $1",
      [entityId],
    )) as Array<{ username: string; role: string; entity_type: string }>;

  beforeAll(async () => {
    t = await startTestApp();
    petition = await t.auth('petition');
    [{ id: cityId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
    const [{ id: housing }] = await t.dataSource.query(
      "SELECT id FROM department WHERE name = '市住房和城乡建设局'",
    );
    await t.app.get(AuthService).createUsers([
      {
        username: 'housing-liaison',
        displayName: '市住建局联络员',
        password: TEST_DEMO_PASSWORD,
        role: 'department',
        unitId: cityId,
        departmentId: housing,
      },
    ]);
    const res = await t.http.post('/api/v1/priority-cases').set(petition).send(input);
    expect(res.status).toBe(201);
    for (const c of res.body.cases) ids.set(c.reference, c.id);
  });
  afterAll(() => t.close());

  it('accepts the 25 demo cases and routes them', async () => {
    expect(ids.size).toBe(25);
    const rows: Array<{
      reference: string;
      routing: string;
      subject_code: string;
      submitted_by: string;
    }> = await t.dataSource.query(
      'SELECT reference, routing, subject_code, submitted_by FROM priority_case ORDER BY reference',
    );
    const by = new Map(rows.map((r) => [r.reference, r]));
    expect(by.get('C16')!.routing).toBe('restricted');
    for (const ref of ['C05', 'C13', 'C25']) expect(by.get(ref)!.routing).toBe('politics_law');
    expect(by.get('C01')!.routing).toBe('public');
    // Old labels map onto current codes.
    expect(by.get('C08')!.subject_code).toBe('ecology_environment');
    expect(by.get('C11')!.subject_code).toBe('civil_affairs_emergency');
    expect(by.get('C19')!.subject_code).toBe('market_supervision');
    expect(by.get('C01')!.submitted_by).toBe('petition');
  });

  it('stores names, phones and ID numbers only encrypted, the ID number also as an HMAC', async () => {
    const rows: Array<Record<string, string>> = await t.dataSource.query(
      'SELECT name_enc, phone_enc, id_number_enc, id_number_hmac FROM case_petitioner',
    );
    const dump = JSON.stringify(rows);
    for (const c of input) {
      for (const p of c.petitioners) {
        expect(dump).not.toContain(p.name);
        expect(dump).not.toContain(p.idNumber);
        expect(dump).not.toContain(p.phone!);
      }
    }
    expect(
      rows.every((r) => /^v1:/.test(r.name_enc) && /^[0-9a-f]{64}$/.test(r.id_number_hmac)),
    ).toBe(true);
  });

  describe('what each role sees of a case, field by field', () => {
    const c01 = () => input.find((c) => c.reference === 'C01')!;
    const masked = {
      name: '信****',
      phone: expect.stringMatching(/^139\*{4}\d{4}$/),
      idNumber: expect.stringMatching(/^110105\*{8}\d{3}[\dX]$/),
    };

    it.each([
      ['admin', { ...masked }],
      ['petition', { ...masked }],
      ['politics', { ...masked }],
      ['office', { ...masked }],
      ['leader12', { name: '信****', phone: null, idNumber: null }],
      ['housing-liaison', { name: '信****', phone: null, idNumber: null }],
    ])('%s sees masked or no personal data by default', async (user, expected) => {
      const res = await t.http
        .get(`/api/v1/priority-cases/${ids.get('C01')}`)
        .set(await t.auth(user));
      expect(res.status).toBe(200);
      expect(res.body.piiRevealed).toBe(false);
      expect(res.body.petitioners).toHaveLength(5);
      expect(res.body.petitioners[0]).toEqual({ position: 0, ...expected });
      expect(res.body.summary).toBe(c01().summary);
      expect(res.body.reference).toBe('C01');
      expect(JSON.stringify(res.body)).not.toContain(c01().petitioners[0].idNumber);
      expect(JSON.stringify(res.body)).not.toContain(c01().petitioners[0].name);
    });

    it.each(['admin', 'petition', 'politics'])(
      '%s sees the full data only when asking for it, and the read is audited',
      async (user) => {
        const before = (await piiReads(ids.get('C01')!)).length;
        const res = await t.http
          .get(`/api/v1/priority-cases/${ids.get('C01')}?reveal=true`)
          .set(await t.auth(user))
          .expect(200);
        expect(res.body.piiRevealed).toBe(true);
        res.body.petitioners.forEach((p: Record<string, unknown>, i: number) => {
          expect(p.name).toBe(c01().petitioners[i].name);
          expect(p.phone).toBe(c01().petitioners[i].phone);
          expect(p.idNumber).toBe(c01().petitioners[i].idNumber);
        });
        const reads = await piiReads(ids.get('C01')!);
        expect(reads).toHaveLength(before + 1);
        expect(reads.at(-1)).toEqual({ username: user, role: user, entity_type: 'priority_case' });
      },
    );

    it.each(['office', 'leader12', 'housing-liaison'])(
      '%s may not ask for the full data (403, nothing audited)',
      async (user) => {
        const before = (await piiReads(ids.get('C01')!)).length;
        const res = await t.http
          .get(`/api/v1/priority-cases/${ids.get('C01')}?reveal=true`)
          .set(await t.auth(user));
        expect(res.status).toBe(403);
        expect(await piiReads(ids.get('C01')!)).toHaveLength(before);
      },
    );

    it('audits every case of a revealed list, one row each', async () => {
      const res = await t.http
        .get('/api/v1/priority-cases?reveal=true&limit=10')
        .set(petition)
        .expect(200);
      expect(res.body.items).toHaveLength(10);
      for (const item of res.body.items) {
        expect(item.piiRevealed).toBe(true);
        expect((await piiReads(item.id)).length).toBeGreaterThanOrEqual(1);
      }
    });

    it('shows leaders only their own cases and departments only theirs', async () => {
      const l12 = await t.http
        .get('/api/v1/priority-cases?limit=200')
        .set(await t.auth('leader12'));
      const refs = l12.body.items.map((c: { reference: string }) => c.reference).sort();
      expect(refs).toEqual(['C01', 'C03', 'C09', 'C12', 'C15', 'C23', 'C24']);
      const dep = await t.http.get('/api/v1/priority-cases').set(await t.auth('housing-liaison'));
      expect(dep.body.items.map((c: { reference: string }) => c.reference)).toEqual(['C01']);
      await t.http
        .get(`/api/v1/priority-cases/${ids.get('C01')}`)
        .set(await t.auth('leader01'))
        .expect(404);
    });

    it('keeps restricted (纪检监察 / 检举控告) cases from office, leaders and departments', async () => {
      const id = ids.get('C16')!;
      for (const user of ['office', 'leader05', 'leader01', 'housing-liaison']) {
        await t.http
          .get(`/api/v1/priority-cases/${id}`)
          .set(await t.auth(user))
          .expect(404);
      }
      const office = await t.http
        .get('/api/v1/priority-cases?limit=200')
        .set(await t.auth('office'));
      expect(office.body.total).toBe(24);
      expect(office.body.items.some((c: { routing: string }) => c.routing === 'restricted')).toBe(
        false,
      );
      const res = await t.http.get(`/api/v1/priority-cases/${id}`).set(petition).expect(200);
      expect(res.body.routing).toBe('restricted');
    });

    it('exports cases masked, without restricted ones', async () => {
      const res = await t.http
        .get('/api/v1/priority-cases/export.xlsx')
        .set(await t.auth('office'))
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => cb(null, Buffer.concat(chunks)));
        })
        .expect(200);
      const ExcelJS = (await import('exceljs')).default;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.body as unknown as ArrayBuffer);
      const sheet = wb.worksheets[0];
      expect(sheet.actualRowCount).toBe(25); // header + 24
      const text = JSON.stringify(sheet.getSheetValues());
      expect(text).not.toContain('C16');
      expect(text).not.toContain(input[0].petitioners[0].idNumber);
      expect(text).toContain('信****');
    });
  });

  describe('bad JSON submissions: every error with row and column, nothing written', () => {
    it.each([
      [
        'wrong ID checksum',
        { petitioners: [{ name: '李四', idNumber: idNumber().slice(0, 17) + '0' }] },
        'petitioners[0].idNumber',
        /校验位/,
      ],
      [
        'ID number mangled by Excel',
        { petitioners: [{ name: '李四', idNumber: '1.10105E+17' }] },
        'petitioners[0].idNumber',
        /科学计数法/,
      ],
      [
        'phone malformed',
        {
          petitioners: [
            { name: '李四', phone: '12345', idNumber: idNumber('110105', '19900101', 7) },
          ],
        },
        'petitioners[0].phone',
        /电话/,
      ],
      ['unknown category', { subject: '外星事务' }, 'subject', /未知的信访事项分类/],
      ['ambiguous old label', { subject: '教育文体' }, 'subject', /多个现行分类/],
      ['deadline in the past', { receiveBefore: inDays(-3) }, 'receiveBefore', /已过/],
      ['bad date', { receiveBefore: '2027-02-30' }, 'receiveBefore', /有效日期/],
      ['group size 0', { groupSize: 0 }, 'groupSize', /至少为 1/],
      ['risk level', { risk: '紫' }, 'risk', /红、橙、黄、蓝/],
      [
        'too many representatives',
        {
          groupSize: 50,
          petitioners: Array.from({ length: 6 }, (_, k) => ({
            name: '代表',
            idNumber: idNumber('110105', '19900101', 20 + k),
          })),
        },
        'petitioners[5].name',
        /最多 5 名/,
      ],
      ['unknown leader', { previousLeader: 'L99' }, 'previousLeader', /没有这位领导/],
      ['unknown department', { departments: ['市宇航局'] }, 'departments[0]', /没有这个部门/],
      ['existing reference', { reference: 'C01' }, 'reference', /已存在/],
      ['submitted as the other body', { submittedBy: '政法委' }, 'submittedBy', /本单位/],
    ])('%s', async (_name, overrides, column, message) => {
      const before = await countCases();
      const good = caseInput();
      const bad = caseInput(overrides as object);
      const res = await t.http.post('/api/v1/priority-cases').set(petition).send([good, bad]);
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('INVALID_ROWS');
      expect(res.body.errors).toContainEqual({
        row: 2,
        column,
        message: expect.stringMatching(message),
      });
      expect(res.body.errors.every((e: { row: number }) => e.row === 2)).toBe(true);
      expect(await countCases()).toBe(before);
    });

    it('judges a deadline against the service clock, not the wall clock', async () => {
      t.clock.set(new Date(Date.now() + 10 * 86_400_000));
      try {
        const res = await t.http
          .post('/api/v1/priority-cases')
          .set(petition)
          .send([caseInput({ receiveBefore: inDays(5) })])
          .expect(422);
        expect(res.body.errors).toEqual([
          { row: 1, column: 'receiveBefore', message: expect.stringMatching(/已过/) },
        ]);
      } finally {
        t.clock.reset();
      }
    });

    it('reports a duplicate of an open case (same ID number and subject)', async () => {
      const dup = caseInput({ petitioners: [{ ...input[0].petitioners[2] }] });
      const res = await t.http.post('/api/v1/priority-cases').set(petition).send([dup]).expect(422);
      expect(res.body.errors).toEqual([
        {
          row: 1,
          column: 'petitioners[0].idNumber',
          message: expect.stringMatching(/已有案件 C01/),
        },
      ]);
      // Another subject for the same person is a different matter.
      const other = caseInput({ subject: '教育', petitioners: [{ ...input[0].petitioners[2] }] });
      await t.http.post('/api/v1/priority-cases').set(petition).send([other]).expect(201);
    });

    it('reports duplicates within one submission', async () => {
      const a = caseInput();
      const b = caseInput({ reference: a.reference, petitioners: a.petitioners });
      const res = await t.http
        .post('/api/v1/priority-cases')
        .set(petition)
        .send([a, b])
        .expect(422);
      expect(res.body.errors).toEqual(
        expect.arrayContaining([
          { row: 2, column: 'reference', message: '案件编号与第 1 行重复' },
          {
            row: 2,
            column: 'petitioners[0].idNumber',
            message: expect.stringMatching(/与第 1 行重复/),
          },
        ]),
      );
    });

    it('rejects unknown fields with a 400 naming them, and other roles with 403', async () => {
      const res = await t.http
        .post('/api/v1/priority-cases')
        .set(petition)
        .send([{ ...caseInput(), colour: 'red' }]);
      expect(res.status).toBe(400);
      expect(res.body.field).toBe('[0].colour');
      for (const user of ['office', 'leader01']) {
        await t.http
          .post('/api/v1/priority-cases')
          .set(await t.auth(user))
          .send([caseInput()])
          .expect(403);
      }
    });
  });

  it('closes a case and refuses to close it twice', async () => {
    const res = await t.http
      .post('/api/v1/priority-cases')
      .set(petition)
      .send([caseInput()])
      .expect(201);
    const id = res.body.cases[0].id;
    const closed = await t.http
      .post(`/api/v1/priority-cases/${id}/close`)
      .set(petition)
      .send({ reason: '信访人撤回' })
      .expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', closedReason: '信访人撤回' });
    const again = await t.http
      .post(`/api/v1/priority-cases/${id}/close`)
      .set(petition)
      .send({ reason: '重复' });
    expect(again.status).toBe(409);
  });
});
