import { caseInput, idNumber } from './fixtures/appointments/cases.js';
import * as f from './fixtures/appointments/files.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Headers = { Authorization: string };

describe('priority cases: identifiers, personal data in travelling fields, submitting body', () => {
  let t: TestApp;
  let petition: Headers;
  let seq = 900;
  const person = () => ({ name: '李四', idNumber: idNumber('320102', '19700101', seq++) });

  beforeAll(async () => {
    t = await startTestApp();
    petition = await t.auth('petition');
  });
  afterAll(() => t.close());

  const submit = (...cases: ReturnType<typeof caseInput>[]) =>
    t.http.post('/api/v1/priority-cases').set(petition).send(cases);
  const importCsv = (file: Buffer) =>
    t.http.post('/api/v1/priority-cases/import').set(petition).attach('file', file, 'cases.csv');
  const messages = (res: { body: { errors?: Array<{ column: string; message: string }> } }) =>
    (res.body.errors ?? []).map((e) => `${e.column}: ${e.message}`);

  describe('references compared after normalisation', () => {
    it('stores a reference without zero-width characters and in NFC', async () => {
      const res = await submit(
        caseInput({ reference: ' ZW\u200b-001\u2060 ', petitioners: [person()] }),
      );
      expect(res.status).toBe(201);
      expect(res.body.cases[0].reference).toBe('ZW-001');
      const decomposed = await submit(
        caseInput({ reference: 'A\u030a-7', petitioners: [person()] }),
      );
      expect(decomposed.status).toBe(201);
      expect(decomposed.body.cases[0].reference).toBe('\u00c5-7');
    });

    it.each([
      ['a zero-width space', 'ZW\u200b-001'],
      ['a zero-width joiner', 'ZW-\u200d001'],
      ['a byte-order mark', '\ufeffZW-001'],
    ])('finds a reference that differs by %s a duplicate of a stored one', async (_what, ref) => {
      const res = await submit(caseInput({ reference: ref, petitioners: [person()] }));
      expect(res.status).toBe(422);
      expect(messages(res)).toEqual(['reference: 案件编号 ZW-001 已存在']);
    });

    it('finds composed and decomposed spellings duplicates, in one submission too', async () => {
      const stored = await submit(caseInput({ reference: '\u00c5-7', petitioners: [person()] }));
      expect(stored.status).toBe(422);
      expect(messages(stored)).toEqual(['reference: 案件编号 Å-7 已存在']);
      const together = await submit(
        caseInput({ reference: 'ZW-002', petitioners: [person()] }),
        caseInput({ reference: 'ZW-\u200b002', petitioners: [person()] }),
      );
      expect(together.status).toBe(422);
      expect(messages(together)).toEqual(['reference: 案件编号与第 1 行重复']);
    });

    it('refuses a deadline beyond the calendar the service plans', async () => {
      const res = await submit(
        caseInput({ reference: 'ZW-FAR', receiveBefore: '9999-12-31', petitioners: [person()] }),
      );
      expect(res.status).toBe(422);
      expect(res.body.errors[0]).toMatchObject({ column: 'receiveBefore', message: /超出范围/ });
    });

    it('matches departments and leaders by name after normalisation', async () => {
      const res = await submit(
        caseInput({
          reference: 'ZW-003',
          petitioners: [person()],
          departments: ['市住房和\u200b城乡建设局'],
        }),
      );
      expect(res.status).toBe(201);
    });
  });

  describe('no phone or ID number in fields that travel to calendars, reminders and exports', () => {
    it.each([
      ['reference', { reference: '陈建国-13900139000' }, '手机号码'],
      ['reference', { reference: `访-${idNumber('110105', '19800101', 77)}` }, '身份证号'],
      ['batch', { batch: '第3批 139 0013 9000' }, '手机号码'],
      ['locality', { locality: `东城区（${idNumber('110105', '19800101', 78)}）` }, '身份证号'],
      ['locality', { locality: '东城区１３９００１３９０００' }, '手机号码'],
    ])('refuses %s %j, saying why', async (field, patch, what) => {
      const before = await t.dataSource.query('SELECT count(*)::int AS n FROM priority_case');
      const res = await submit(caseInput({ ...patch, petitioners: [person()] }));
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([
        {
          row: 1,
          column: field,
          message: expect.stringMatching(new RegExp(`${what}.*日历`)),
        },
      ]);
      expect(await t.dataSource.query('SELECT count(*)::int AS n FROM priority_case')).toEqual(
        before,
      );
    });

    it('refuses it on an edit and in a file, naming the row and column', async () => {
      const created = await submit(caseInput({ reference: 'PII-1', petitioners: [person()] }));
      expect(created.status).toBe(201);
      const id = created.body.cases[0].id;
      const edit = await t.http
        .patch(`/api/v1/priority-cases/${id}`)
        .set(petition)
        .send({ version: 1, reference: 'PII-13900139000' });
      expect(edit.status).toBe(422);
      expect(edit.body.errors[0]).toMatchObject({ column: 'reference', message: /手机号码/ });

      const upload = await importCsv(
        f.csvUtf8([f.row({ 案件编号: 'F-OK-1' }), f.row({ 批次: '联系 13900139000' })]),
      );
      expect(upload.status).toBe(422);
      expect(upload.body.errors).toEqual([
        { row: 3, column: '批次', message: expect.stringMatching(/手机号码/) },
      ]);
    });

    it('refuses a control character in an imported cell, naming the row and column', async () => {
      const upload = await importCsv(
        f.csvUtf8([f.row({ 简要案情: '第一行\n第二行' }), f.row({ 问题属地: '东城\u001b区' })]),
      );
      expect(upload.status).toBe(422);
      expect(upload.body.errors).toEqual([
        // Line 4 in a text editor: the first row's summary spans two lines (and is accepted).
        { row: 4, column: '问题属地', message: expect.stringMatching(/控制字符/) },
      ]);
    });
  });

  describe('answers with personal data are never cached', () => {
    it.each([
      [
        'a case with its petitioners unmasked',
        (id: string) => `/api/v1/priority-cases/${id}?reveal=true`,
      ],
      ['the case list unmasked', () => '/api/v1/priority-cases?reveal=true'],
      ['the case list masked', () => '/api/v1/priority-cases'],
      ['the cases spreadsheet', () => '/api/v1/priority-cases/export.xlsx'],
      ['leaders with their contacts', () => '/api/v1/leaders'],
      ['the audit log', () => '/api/v1/audit-log'],
      ['the notifications', () => '/api/v1/notifications'],
    ])('sends Cache-Control: no-store with %s', async (_what, path) => {
      const created = await submit(caseInput({ reference: `NS-${seq}`, petitioners: [person()] }));
      const res = await t.http.get(path(created.body.cases[0].id)).set(await t.auth('admin'));
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
    });
  });

  describe('the submitting body', () => {
    let id: string;
    const patch = async (user: string, body: Record<string, unknown>) =>
      t.http
        .patch(`/api/v1/priority-cases/${id}`)
        .set(await t.auth(user))
        .send(body);
    const stored = async () =>
      (
        await t.dataSource.query('SELECT submitted_by, version FROM priority_case WHERE id = $1', [
          id,
        ])
      )[0] as { submitted_by: string; version: number };

    beforeAll(async () => {
      const res = await submit(caseInput({ reference: 'XF-TAKE-1', petitioners: [person()] }));
      expect(res.status).toBe(201);
      id = res.body.cases[0].id;
    });

    it.each([
      ['politics', { submittedBy: 'politics' }],
      ['politics', { submittedBy: '政法委', summary: '改了案情' }],
      ['politics', { submittedBy: null }],
      ['admin', { submittedBy: 'politics' }],
    ])('%s cannot change it with an edit (%j)', async (user, body) => {
      const before = await stored();
      const res = await patch(user, { version: before.version, ...body });
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ code: 'TRANSFER_REQUIRED', field: 'submittedBy' });
      expect(await stored()).toEqual(before);
    });

    it('lets an edit name the body it already has', async () => {
      const before = await stored();
      const res = await patch('politics', {
        version: before.version,
        submittedBy: '信访局',
        summary: '补充案情',
      });
      expect(res.status).toBe(200);
      expect(res.body.submittedBy).toBe('petition');
    });

    it("changes only by an administrator's transfer, with a reason, in the audit log", async () => {
      const transfer = async (user: string, body: Record<string, unknown>) =>
        t.http
          .post(`/api/v1/priority-cases/${id}/transfer`)
          .set(await t.auth(user))
          .send(body);
      const { version } = await stored();
      expect(
        (await transfer('politics', { version, submittedBy: 'politics', reason: '接管' })).status,
      ).toBe(403);
      const noReason = await transfer('admin', { version, submittedBy: 'politics' });
      expect(noReason.status).toBe(400);
      expect(noReason.body.field).toBe('reason');
      expect(
        (await transfer('admin', { version: version + 5, submittedBy: 'politics', reason: '移交' }))
          .status,
      ).toBe(409);
      const moved = await transfer('admin', {
        version,
        submittedBy: '政法委',
        reason: '涉法涉诉，移交政法委办理',
      });
      expect(moved.status).toBe(200);
      expect(moved.body.submittedBy).toBe('politics');
      expect(await stored()).toEqual({ submitted_by: 'politics', version: version + 1 });
      const [audit] = await t.dataSource.query(
        "SELECT username, detail FROM audit_log WHERE action = 'case.transfer' AND entity_id = $1",
        [id],
      );
      expect(audit).toEqual({
        username: 'admin',
        detail: {
          reference: 'XF-TAKE-1',
          submittedBy: { from: 'petition', to: 'politics' },
          reason: '涉法涉诉，移交政法委办理',
          version: { from: version, to: version + 1 },
        },
      });
      const again = await transfer('admin', {
        version: version + 1,
        submittedBy: 'politics',
        reason: '再移交',
      });
      expect(again.status).toBe(409);
    });
  });
});
