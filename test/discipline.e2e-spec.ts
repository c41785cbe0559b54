import { caseInput, idNumber } from './fixtures/appointments/cases.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// 检举控告: received → 移交纪检 (to whom, when, by whom) → acknowledged; visible only to the
// screening bodies and, from the hand-over, the 纪检 leader (L05), never to the accused.

type Headers = { Authorization: string };

describe('检举控告 hand-over to 纪检', () => {
  let t: TestApp;
  let petition: Headers;
  let politics: Headers;
  const leader = new Map<string, string>();

  const submit = async (reference: string, seq: number) =>
    (
      await t.http
        .post('/api/v1/priority-cases')
        .set(petition)
        .send([
          caseInput({
            reference,
            subject: '城乡建设',
            flags: { accusation: true },
            receiveBefore: null,
            petitioners: [{ name: '举报人', idNumber: idNumber('330102', '19800101', seq) }],
          }),
        ])
        .expect(201)
    ).body.cases[0].id as string;
  const status = async (user: string, id: string) =>
    (await t.http.get(`/api/v1/priority-cases/${id}`).set(await t.auth(user))).status;

  beforeAll(async () => {
    t = await startTestApp({ env: { NOTIFY_WORKER: '0' } });
    petition = await t.auth('petition');
    politics = await t.auth('politics');
    for (const r of await t.dataSource.query('SELECT code, id FROM leader'))
      leader.set(r.code, r.id);
  });
  afterAll(() => t.close());

  it('goes received → handed over → acknowledged, recording to whom, when and by whom', async () => {
    const id = await submit('JB-1', 901);
    const received = await t.http.get(`/api/v1/priority-cases/${id}`).set(petition).expect(200);
    expect(received.body).toMatchObject({ routing: 'restricted', disciplineState: 'received' });
    // Before the hand-over: the screening bodies only.
    expect(await status('leader05', id)).toBe(404);
    await t.http.post(`/api/v1/priority-cases/${id}/acknowledge`).set(petition).expect(409);
    const bad = await t.http
      .post(`/api/v1/priority-cases/${id}/hand-over`)
      .set(petition)
      .send({ to: '' });
    expect([bad.status, bad.body.field]).toEqual([400, 'to']);
    await t.http
      .post(`/api/v1/priority-cases/${id}/hand-over`)
      .set(await t.auth('office'))
      .send({ to: '市纪委监委信访室' })
      .expect(403);
    const handed = await t.http
      .post(`/api/v1/priority-cases/${id}/hand-over`)
      .set(petition)
      .send({ to: '市纪委监委信访室', accusedLeaderId: leader.get('L12') })
      .expect(200);
    expect(handed.body).toMatchObject({
      disciplineState: 'handed_over',
      handedTo: '市纪委监委信访室',
      accusedLeaderId: leader.get('L12'),
    });
    expect(handed.body.handedAt).toBeTruthy();
    const [{ id: petitionUser }] = await t.dataSource.query(
      "SELECT id FROM app_user WHERE username = 'petition'",
    );
    expect(handed.body.handedBy).toBe(petitionUser);
    await t.http
      .post(`/api/v1/priority-cases/${id}/hand-over`)
      .set(politics)
      .send({ to: '再次移交' })
      .expect(409);
    const ack = await t.http
      .post(`/api/v1/priority-cases/${id}/acknowledge`)
      .set(await t.auth('leader05'))
      .expect(200);
    expect(ack.body).toMatchObject({ disciplineState: 'acknowledged', status: 'closed' });
    const audit = await t.dataSource.query(
      "SELECT action FROM audit_log WHERE entity_id = $1 AND action LIKE 'case.discipline.%' ORDER BY id",
      [id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'case.discipline.handed_over',
      'case.discipline.acknowledged',
    ]);
  });

  it('shows a handed-over case to petition, politics and the 纪检 leader only, never to the accused', async () => {
    const id = await submit('JB-2', 902);
    await t.http
      .post(`/api/v1/priority-cases/${id}/hand-over`)
      .set(politics)
      .send({ to: '市纪委监委', accusedLeaderId: leader.get('L12') })
      .expect(200);
    const seen: Record<string, number> = {};
    for (const user of [
      'petition',
      'politics',
      'admin',
      'leader05',
      'office',
      'leader12',
      'leader01',
    ]) {
      seen[user] = await status(user, id);
    }
    expect(seen).toEqual({
      petition: 200,
      politics: 200,
      admin: 200,
      leader05: 200,
      office: 404,
      leader12: 404,
      leader01: 404,
    });
    // Leaders other than the 纪检 leader cannot acknowledge it either.
    await t.http
      .post(`/api/v1/priority-cases/${id}/acknowledge`)
      .set(await t.auth('leader01'))
      .expect(404);
    // The 纪检 leader, when accused, never sees it.
    const accused = await submit('JB-3', 903);
    await t.http
      .post(`/api/v1/priority-cases/${accused}/hand-over`)
      .set(petition)
      .send({ to: '省纪委监委', accusedLeaderId: leader.get('L05') })
      .expect(200);
    expect(await status('leader05', accused)).toBe(404);
    const list = await t.http
      .get('/api/v1/priority-cases?limit=200')
      .set(await t.auth('leader05'))
      .expect(200);
    expect(list.body.items.map((c: { reference: string }) => c.reference).sort()).toEqual([
      'JB-1',
      'JB-2',
    ]);
  });

  it('refuses a hand-over for a case that is not an accusation', async () => {
    const res = await t.http
      .post('/api/v1/priority-cases')
      .set(petition)
      .send([caseInput({ reference: 'PLAIN-1' })])
      .expect(201);
    await t.http
      .post(`/api/v1/priority-cases/${res.body.cases[0].id}/hand-over`)
      .set(petition)
      .send({ to: '市纪委监委' })
      .expect(409);
  });
});
