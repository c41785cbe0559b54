import type { CreateLeader } from './org.schemas.js';
import { callerOf, CITY, orgOnMemory } from './testing.js';

const OTHER_UNIT = '00000000-0000-4000-8000-000000000002';
const office = callerOf('office');
const admin = callerOf('admin');
const countyOffice = callerOf('office', OTHER_UNIT);

const leader = (over: Partial<CreateLeader> = {}): CreateLeader => ({
  unitId: CITY.id,
  code: 'L01',
  name: '田禾丰',
  title: '副市长',
  protocolOrder: 10,
  rotationPool: 'party_government',
  portfolioSubjects: ['urban_construction'],
  portfolioText: '',
  minSessionsPerMonth: 1,
  maxSessionsPerMonth: 2,
  maxSessionsPerQuarter: null,
  minSessionsPerQuarter: null,
  rank: 'vice_mayor',
  venue: null,
  publicReception: true,
  activeFrom: '2026-01-01',
  activeTo: null,
  contact: {},
  secretary: null,
  ...over,
});

describe('LeadersService (org rules on an in-memory store)', () => {
  it('creates a leader active, and refuses one in another unit, an unknown unit or subject', async () => {
    const org = orgOnMemory();
    const created = await org.leaders.create(office, leader());
    expect(created).toMatchObject({ code: 'L01', active: true, version: 1 });

    await expect(org.leaders.create(countyOffice, leader({ code: 'L02' }))).rejects.toMatchObject({
      status: 403,
    });
    await expect(
      org.leaders.create(admin, leader({ unitId: OTHER_UNIT, code: 'L02' })),
    ).rejects.toMatchObject({ status: 400, field: 'unitId' });
    await expect(
      org.leaders.create(
        office,
        leader({ code: 'L02', portfolioSubjects: ['health', 'no_such_subject'] }),
      ),
    ).rejects.toMatchObject({ status: 400, field: 'portfolioSubjects[1]' });
    expect(await org.leaders.forUnit(CITY.id)).toHaveLength(1);
  });

  it('refuses a second leader with the same code in the unit, naming the code', async () => {
    const org = orgOnMemory();
    await org.leaders.create(office, leader());
    const duplicate = org.leaders.create(office, leader({ name: '另一位' }));
    await expect(duplicate).rejects.toMatchObject({ status: 409, field: 'code' });
    await expect(duplicate).rejects.toThrow('L01');
  });

  it('updates with the version read, and refuses a stale version without changing the leader', async () => {
    const org = orgOnMemory();
    const { id } = await org.leaders.create(office, leader());
    const renamed = await org.leaders.update(office, id, { version: 1, title: '常务副市长' });
    expect(renamed).toMatchObject({ title: '常务副市长', version: 2 });

    await expect(
      org.leaders.update(office, id, { version: 1, title: '市长' }),
    ).rejects.toMatchObject({ status: 409, code: 'VERSION_CONFLICT', field: 'version' });
    expect(await org.leaders.get(office, id)).toMatchObject({ title: '常务副市长', version: 2 });
  });

  it('checks the quotas of the leader as it would be after the change', async () => {
    const org = orgOnMemory();
    const { id } = await org.leaders.create(office, leader({ maxSessionsPerMonth: 2 }));
    // The patch alone is consistent; with the stored maximum of 2 it is not.
    await expect(org.leaders.update(office, id, { minSessionsPerMonth: 3 })).rejects.toMatchObject({
      status: 400,
      field: 'minSessionsPerMonth',
    });
    await expect(
      org.leaders.update(office, id, { maxSessionsPerQuarter: 3, minSessionsPerQuarter: 4 }),
    ).rejects.toMatchObject({ status: 400, field: 'minSessionsPerQuarter' });
    expect(await org.leaders.update(office, id, { minSessionsPerMonth: 2 })).toMatchObject({
      minSessionsPerMonth: 2,
    });
  });

  it('hides other units: their leaders are not readable or changeable', async () => {
    const org = orgOnMemory();
    const { id } = await org.leaders.create(office, leader());
    await expect(org.leaders.get(countyOffice, id)).rejects.toMatchObject({ status: 403 });
    await expect(org.leaders.update(countyOffice, id, { title: 'x' })).rejects.toMatchObject({
      status: 403,
    });
    await expect(org.leaders.list(countyOffice, CITY.id, true)).rejects.toMatchObject({
      status: 403,
    });
    await expect(org.leaders.update(office, OTHER_UNIT, { title: 'x' })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('deactivates from today in China and tells the hooks; a failing hook undoes it', async () => {
    const org = orgOnMemory();
    const { id } = await org.leaders.create(office, leader());
    const events: unknown[] = [];
    org.hooks.register({ onLeaderDeactivated: async (_tx, e) => void events.push(e) });
    // 17:30 UTC is already the next day in China.
    org.clock.set(new Date('2026-03-01T17:30:00Z'));
    const gone = await org.leaders.deactivate(office, id);
    expect(gone).toMatchObject({ active: false, activeTo: '2026-03-02' });
    expect(events).toEqual([{ unitId: CITY.id, leaderId: id }]);

    const other = await org.leaders.create(office, leader({ code: 'L02' }));
    org.hooks.register({
      onLeaderDeactivated: async () => {
        throw new Error('feeds are down');
      },
    });
    await expect(org.leaders.deactivate(office, other.id, '2026-04-30')).rejects.toThrow(
      'feeds are down',
    );
    expect(await org.leaders.get(office, other.id)).toMatchObject({ active: true, activeTo: null });
  });

  it('lists the active leaders in protocol order, and every leader when asked', async () => {
    const org = orgOnMemory();
    await org.leaders.create(office, leader({ code: 'L03', protocolOrder: 5 }));
    const l01 = await org.leaders.create(office, leader({ code: 'L01', protocolOrder: 20 }));
    await org.leaders.create(office, leader({ code: 'L02', protocolOrder: 5 }));
    await org.leaders.deactivate(office, l01.id, '2026-02-01');
    const codes = (list: { code: string }[]) => list.map((l) => l.code);
    expect(codes(await org.leaders.list(office, undefined, false))).toEqual(['L02', 'L03']);
    expect(codes(await org.leaders.list(office, CITY.id, true))).toEqual(['L02', 'L03', 'L01']);
  });
});
