import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * The settings that make the roster an official record (issue #13), through the API: a leader's
 * rank, venue, public flag and quarterly minimum; a special period's session ranks, spacing,
 * on-call cap and first-day leader; the unit's 落款 and deadline rolling.
 */
describe('record settings: leaders, special periods, unit', () => {
  let t: TestApp;
  let office: { Authorization: string };
  let cityId: string;
  let countyId: string;
  let leaderId: string;
  let countyLeaderId: string;

  beforeAll(async () => {
    t = await startTestApp();
    office = await t.auth('office');
    [{ id: cityId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR'");
    [{ id: countyId }] = await t.dataSource.query("SELECT id FROM unit WHERE code = 'QR-RC'");
    [{ id: leaderId }] = await t.dataSource.query("SELECT id FROM leader WHERE code = 'L12'");
    const county = await t.http
      .post('/api/v1/leaders')
      .set(await t.auth('admin'))
      .send({
        unitId: countyId,
        code: 'R01',
        name: '区领导甲',
        title: '区委书记',
        protocolOrder: 1,
        rotationPool: 'party_government',
        minSessionsPerMonth: 0,
        maxSessionsPerMonth: 1,
        activeFrom: '2026-01-01',
      })
      .expect(201);
    countyLeaderId = county.body.id;
    // A leader created without the new fields gets the documented defaults.
    expect(county.body).toMatchObject({
      rank: 'other',
      venue: null,
      publicReception: true,
      minSessionsPerQuarter: null,
    });
  });
  afterAll(() => t.close());

  describe('leaders', () => {
    it('stores rank, venue, public flag and quarterly minimum, and reads them back', async () => {
      const before = (await t.http.get(`/api/v1/leaders/${leaderId}`).set(office).expect(200)).body;
      const res = await t.http
        .patch(`/api/v1/leaders/${leaderId}`)
        .set(office)
        .send({
          version: before.version,
          rank: 'standing',
          venue: '  市住建局信访接待室 ',
          publicReception: false,
          minSessionsPerQuarter: 1,
          maxSessionsPerQuarter: 3,
        })
        .expect(200);
      expect(res.body).toMatchObject({
        rank: 'standing',
        venue: '市住建局信访接待室',
        publicReception: false,
        minSessionsPerQuarter: 1,
        maxSessionsPerQuarter: 3,
        version: before.version + 1,
      });
      const again = (await t.http.get(`/api/v1/leaders/${leaderId}`).set(office).expect(200)).body;
      expect(again).toMatchObject({ rank: 'standing', venue: '市住建局信访接待室' });
      // A blank venue means the unit's own hall again.
      const cleared = await t.http
        .patch(`/api/v1/leaders/${leaderId}`)
        .set(office)
        .send({ venue: '   ', publicReception: true })
        .expect(200);
      expect(cleared.body).toMatchObject({ venue: null, publicReception: true });
    });

    it('refuses an unknown rank, a quarterly minimum above the maximum and a too long venue', async () => {
      const rank = await t.http
        .patch(`/api/v1/leaders/${leaderId}`)
        .set(office)
        .send({ rank: 'mayor' })
        .expect(400);
      expect(rank.body.field).toBe('rank');

      const inBody = await t.http
        .patch(`/api/v1/leaders/${leaderId}`)
        .set(office)
        .send({ minSessionsPerQuarter: 4, maxSessionsPerQuarter: 2 })
        .expect(400);
      expect(inBody.body.field).toBe('minSessionsPerQuarter');
      expect(inBody.body.message).toContain('不能大于每季度最多坐班次数');

      // Against the stored maximum (3, set above): only the minimum is sent.
      const merged = await t.http
        .patch(`/api/v1/leaders/${leaderId}`)
        .set(office)
        .send({ minSessionsPerQuarter: 5 })
        .expect(400);
      expect(merged.body.field).toBe('minSessionsPerQuarter');

      const venue = await t.http
        .patch(`/api/v1/leaders/${leaderId}`)
        .set(office)
        .send({ venue: '室'.repeat(201) })
        .expect(400);
      expect(venue.body.field).toBe('venue');
    });
  });

  describe('special periods', () => {
    const base = () => `/api/v1/units/${cityId}/special-periods`;
    let l01: string;
    beforeAll(async () => {
      [{ id: l01 }] = await t.dataSource.query("SELECT id FROM leader WHERE code = 'L01'");
    });

    it('stores session ranks, spacing, on-call cap and the first-day leader', async () => {
      const created = await t.http
        .post(base())
        .set(office)
        .send({
          name: '测试特护期',
          startDate: '2028-05-10',
          endDate: '2028-05-14',
          onCallLeader: true,
          onCallQuotaPerLeader: 2,
          sessionRanks: { AM: ['standing', 'vice_mayor'], CALL: ['principal', 'standing'] },
          spacingDays: 3,
          firstDayLeaderId: l01,
        })
        .expect(201);
      expect(created.body).toMatchObject({
        onCallQuotaPerLeader: 2,
        sessionRanks: { AM: ['standing', 'vice_mayor'], CALL: ['principal', 'standing'] },
        spacingDays: 3,
        firstDayLeaderId: l01,
      });
      // A map sent whole replaces the stored one (PM only now, AM and CALL open again).
      const patched = await t.http
        .patch(`${base()}/${created.body.id}`)
        .set(office)
        .send({ version: created.body.version, sessionRanks: { PM: ['vice_mayor'] } })
        .expect(200);
      expect(patched.body.sessionRanks).toEqual({ PM: ['vice_mayor'] });
      const read = await t.http.get(`${base()}/${created.body.id}`).set(office).expect(200);
      expect(read.body.sessionRanks).toEqual({ PM: ['vice_mayor'] });

      // Defaults: no ranks, spacing 2 (not two days running), no cap, no first-day leader.
      const plain = await t.http
        .post(base())
        .set(office)
        .send({ name: '默认特护期', startDate: '2028-06-10', endDate: '2028-06-12' })
        .expect(201);
      expect(plain.body).toMatchObject({
        sessionRanks: {},
        spacingDays: 2,
        onCallQuotaPerLeader: null,
        firstDayLeaderId: null,
      });
    });

    it('refuses a first-day leader of another unit or unknown, naming the field', async () => {
      for (const id of [countyLeaderId, '00000000-0000-4000-8000-000000000000']) {
        const res = await t.http
          .post(base())
          .set(office)
          .send({
            name: '外单位首日',
            startDate: '2028-07-10',
            endDate: '2028-07-12',
            firstDayLeaderId: id,
          })
          .expect(400);
        expect(res.body).toMatchObject({ field: 'firstDayLeaderId' });
        expect(res.body.message).toContain('本单位没有这位领导');
      }
      const [{ id }] = await t.dataSource.query(
        "SELECT id FROM special_period WHERE name = '默认特护期'",
      );
      const patch = await t.http
        .patch(`${base()}/${id}`)
        .set(office)
        .send({ firstDayLeaderId: countyLeaderId })
        .expect(400);
      expect(patch.body.field).toBe('firstDayLeaderId');
      const [row] = await t.dataSource.query(
        'SELECT first_day_leader_id FROM special_period WHERE id = $1',
        [id],
      );
      expect(row.first_day_leader_id).toBeNull();
    });

    it('refuses ranks for a duty the period does not have, bad ranks and bad spacing', async () => {
      const body = { name: '错误特护期', startDate: '2028-08-10', endDate: '2028-08-12' };
      const cases: Array<[object, string]> = [
        [{ sessionRanks: { CALL: ['standing'] } }, 'sessionRanks.CALL'],
        [{ sessionCodes: ['AM'], sessionRanks: { PM: ['standing'] } }, 'sessionRanks.PM'],
        [{ sessionRanks: { AM: ['mayor'] } }, 'sessionRanks.AM[0]'],
        [{ sessionRanks: { AM: [] } }, 'sessionRanks.AM'],
        [{ sessionRanks: { NIGHT: ['standing'] } }, 'sessionRanks.NIGHT'],
        [{ spacingDays: 0 }, 'spacingDays'],
        [{ onCallQuotaPerLeader: 0 }, 'onCallQuotaPerLeader'],
        [{ firstDayLeaderId: 'L01' }, 'firstDayLeaderId'],
      ];
      for (const [extra, field] of cases) {
        const res = await t.http
          .post(base())
          .set(office)
          .send({ ...body, ...extra });
        expect({ status: res.status, field: res.body.field }).toEqual({ status: 400, field });
      }
    });
  });

  describe('unit settings', () => {
    it('lets the unit office set its 落款 and deadline rolling', async () => {
      const before = (await t.http.get(`/api/v1/units/${cityId}`).set(office).expect(200)).body;
      expect(before.deadlineRollsToWorkingDay).toBe(true);
      const res = await t.http
        .patch(`/api/v1/units/${cityId}`)
        .set(office)
        .send({ issuingOffice: ' 青嵘市委办公室 ', deadlineRollsToWorkingDay: false })
        .expect(200);
      expect(res.body).toMatchObject({
        issuingOffice: '青嵘市委办公室',
        deadlineRollsToWorkingDay: false,
      });
      const read = (await t.http.get(`/api/v1/units/${cityId}`).set(office).expect(200)).body;
      expect(read).toMatchObject({
        issuingOffice: '青嵘市委办公室',
        deadlineRollsToWorkingDay: false,
        receptionVenue: before.receptionVenue,
      });
      await t.http
        .patch(`/api/v1/units/${cityId}`)
        .set(office)
        .send({ issuingOffice: before.issuingOffice, deadlineRollsToWorkingDay: true })
        .expect(200);
    });

    it("refuses another unit's office, other roles, unknown fields and bad values", async () => {
      await t.http
        .patch(`/api/v1/units/${countyId}`)
        .set(office)
        .send({ issuingOffice: '别人的落款' })
        .expect(403);
      for (const user of ['petition', 'politics', 'leader05']) {
        await t.http
          .patch(`/api/v1/units/${cityId}`)
          .set(await t.auth(user))
          .send({ issuingOffice: 'x' })
          .expect(403);
      }
      const cases: Array<[object, string]> = [
        [{ issuingOffice: '办'.repeat(201) }, 'issuingOffice'],
        [{ deadlineRollsToWorkingDay: 'yes' }, 'deadlineRollsToWorkingDay'],
        [{ receptionVenue: '别处' }, 'receptionVenue'],
      ];
      for (const [body, field] of cases) {
        const res = await t.http.patch(`/api/v1/units/${cityId}`).set(office).send(body);
        expect({ status: res.status, field: res.body.field }).toEqual({ status: 400, field });
      }
      const [row] = await t.dataSource.query(
        'SELECT issuing_office, reception_venue FROM unit WHERE id = $1',
        [countyId],
      );
      expect(row.issuing_office).not.toBe('别人的落款');
      // An administrator may set any unit's.
      await t.http
        .patch(`/api/v1/units/${countyId}`)
        .set(await t.auth('admin'))
        .send({ issuingOffice: '中共嵘城区委办公室' })
        .expect(200);
    });
  });

  describe('demo city', () => {
    interface Period {
      name: string;
      startDate: string;
      endDate: string;
      excludedDates: string[];
      onCallLeader: boolean;
      onCallQuotaPerLeader: number | null;
      sessionRanks: Record<string, string[]>;
      firstDayLeaderId: string | null;
    }
    it('ranks the 20 leaders by title; 韩立诚 receives apart and not publicly', async () => {
      const leaders: Array<{
        code: string;
        title: string;
        rank: string;
        venue: string | null;
        publicReception: boolean;
        minSessionsPerQuarter: number | null;
        maxSessionsPerQuarter: number | null;
      }> = (await t.http.get('/api/v1/leaders').set(office).expect(200)).body;
      const fresh = leaders.filter((l) => l.code !== 'L12'); // edited above
      expect(fresh).toHaveLength(19);
      for (const l of fresh) {
        // The rank the title gives: 书记/市长 principal, 市委常委 (副书记 too) standing, ...
        const rank = ['L01', 'L02'].includes(l.code)
          ? 'principal'
          : /^市委(常委|副书记)/.test(l.title)
            ? 'standing'
            : /^副市长/.test(l.title)
              ? 'vice_mayor'
              : /人大/.test(l.title)
                ? 'npc'
                : /政协/.test(l.title)
                  ? 'cppcc'
                  : 'other';
        expect({ code: l.code, rank: l.rank }).toEqual({ code: l.code, rank });
        // Quarterly leaders (a quarterly cap) sit at least once a quarter.
        expect(l.minSessionsPerQuarter).toBe(l.maxSessionsPerQuarter === null ? null : 1);
        const separate = l.code === 'L05';
        expect(l.venue).toBe(separate ? '市纪委监委信访接待室' : null);
        expect(l.publicReception).toBe(!separate);
      }
      expect(fresh.filter((l) => l.minSessionsPerQuarter === 1).map((l) => l.code)).toEqual([
        'L01',
        'L17',
        'L18',
        'L19',
        'L20',
      ]);
      const unit = (await t.http.get(`/api/v1/units/${cityId}`).set(office).expect(200)).body;
      expect(unit.issuingOffice).toBe('中共青嵘市委办公室　青嵘市人民政府办公室');
    });

    it('has 2026 and 2027 periods, each opened by 市委书记, 两会 mornings for 常委/副市长', async () => {
      const [{ id: l01 }] = await t.dataSource.query("SELECT id FROM leader WHERE code = 'L01'");
      const periods = async (year: number): Promise<Period[]> =>
        (
          await t.http
            .get(`/api/v1/units/${cityId}/special-periods?year=${year}`)
            .set(office)
            .expect(200)
        ).body;
      const y2026 = await periods(2026);
      const y2027 = (await periods(2027)).filter((p) => p.startDate >= '2027-01-01');
      expect(y2027.map((p) => [p.name, p.startDate, p.endDate])).toEqual([
        ['元旦', '2027-01-01', '2027-01-03'],
        ['春节', '2027-02-03', '2027-02-13'],
        ['全国两会特护期', '2027-02-25', '2027-03-13'],
        ['建党纪念', '2027-06-28', '2027-07-02'],
        ['国庆', '2027-09-28', '2027-10-08'],
      ]);
      // 2027 春节: 除夕 02-05 and 初一 02-06 without reception (the lunar new year of 2027).
      expect(y2027[1].excludedDates).toEqual(['2027-02-05', '2027-02-06']);
      // 元旦 and 国庆 fall on the national holidays, which start on 01-01 and 10-01.
      expect(y2027[0].startDate).toBe('2027-01-01');
      expect(y2027[4].startDate <= '2027-10-01' && y2027[4].endDate >= '2027-10-07').toBe(true);
      for (const p of [...y2026, ...y2027]) {
        expect({ name: p.name, first: p.firstDayLeaderId }).toEqual({ name: p.name, first: l01 });
        const lianghui = p.name === '全国两会特护期';
        expect(p.sessionRanks).toEqual(
          lianghui ? { AM: ['principal', 'standing', 'vice_mayor'] } : {},
        );
        // An on-call period caps each leader's on-call days; others have none.
        if (p.onCallLeader) expect(p.onCallQuotaPerLeader).toBeGreaterThanOrEqual(1);
        else expect(p.onCallQuotaPerLeader).toBeNull();
      }
      expect(y2026.filter((p) => p.onCallLeader).map((p) => p.name)).toEqual([
        '元旦',
        '春节',
        '国庆、中秋',
      ]);
    });
  });

  it('documents the new fields in OpenAPI', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    const body = (path: string, method: string) =>
      JSON.stringify(doc.paths[path][method].requestBody.content['application/json'].schema);
    const leader = body('/api/v1/leaders/{id}', 'patch');
    for (const f of ['rank', 'venue', 'publicReception', 'minSessionsPerQuarter', 'vice_mayor'])
      expect(leader).toContain(f);
    const period = body('/api/v1/units/{unitId}/special-periods', 'post');
    for (const f of ['sessionRanks', 'spacingDays', 'onCallQuotaPerLeader', 'firstDayLeaderId'])
      expect(period).toContain(f);
    const unit = body('/api/v1/units/{id}', 'patch');
    for (const f of ['issuingOffice', 'deadlineRollsToWorkingDay']) expect(unit).toContain(f);
  });
});
