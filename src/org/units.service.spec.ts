import { callerOf as user, CITY, orgOnMemory } from './testing.js';

const COUNTY = {
  ...CITY,
  id: '00000000-0000-4000-8000-000000000002',
  code: 'RC',
  name: '嵘城区',
  level: 'county' as const,
  parentId: CITY.id,
};

describe('UnitsService (org rules on an in-memory store)', () => {
  const setUp = () => {
    const org = orgOnMemory();
    org.unitRows.rows.set(COUNTY.id, structuredClone(COUNTY));
    return org;
  };

  it('shows an administrator every unit, city first, and anyone else their own', async () => {
    const { units } = setUp();
    expect((await units.listVisible(user('admin', CITY.id))).map((u) => u.code)).toEqual([
      'QR',
      'RC',
    ]);
    expect((await units.listVisible(user('office', COUNTY.id))).map((u) => u.code)).toEqual(['RC']);
    await expect(units.get(user('office', COUNTY.id), CITY.id)).rejects.toMatchObject({
      status: 403,
    });
  });

  it("saves a unit's own settings and keeps the rest", async () => {
    const { units } = setUp();
    const office = user('office', CITY.id);
    await units.updateSettings(office, CITY.id, { issuingOffice: '青嵘市委办公室' });
    await units.updateSettings(office, CITY.id, { deadlineRollsToWorkingDay: false });
    expect(await units.get(office, CITY.id)).toMatchObject({
      issuingOffice: '青嵘市委办公室',
      deadlineRollsToWorkingDay: false,
      receptionVenue: CITY.receptionVenue,
    });
    await expect(
      units.updateSettings(office, COUNTY.id, { issuingOffice: 'x' }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(units.byId('00000000-0000-4000-8000-00000000000f')).rejects.toMatchObject({
      status: 404,
    });
  });
});
