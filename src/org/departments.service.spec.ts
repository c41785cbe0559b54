import type { CreateDepartment } from './org.schemas.js';
import { callerOf, CITY, orgOnMemory } from './testing.js';

const office = callerOf('office');

const department = (over: Partial<CreateDepartment> = {}): CreateDepartment => ({
  unitId: CITY.id,
  name: '市住房和城乡建设局',
  subjectCodes: ['urban_construction'],
  contact: {},
  ...over,
});

describe('DepartmentsService (org rules on an in-memory store)', () => {
  it('refuses a second department of the same name in the unit, and an unknown subject', async () => {
    const org = orgOnMemory();
    await org.departments.create(office, department());
    await expect(org.departments.create(office, department())).rejects.toMatchObject({
      status: 409,
      field: 'name',
    });
    await expect(
      org.departments.create(office, department({ name: '市卫健委', subjectCodes: ['卫生'] })),
    ).rejects.toMatchObject({ status: 400, field: 'subjectCodes[0]' });
  });

  it('renames with the version read; a rename onto another department is refused', async () => {
    const org = orgOnMemory();
    const housing = await org.departments.create(office, department());
    await org.departments.create(office, department({ name: '市人社局' }));
    expect(
      await org.departments.update(office, housing.id, { version: 1, name: '市住建局' }),
    ).toMatchObject({ name: '市住建局', version: 2 });
    await expect(
      org.departments.update(office, housing.id, { version: 1, name: '市住建委' }),
    ).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
    await expect(
      org.departments.update(office, housing.id, { name: '市人社局' }),
    ).rejects.toMatchObject({ status: 409, field: 'name' });
    expect(await org.departments.get(office, housing.id)).toMatchObject({ name: '市住建局' });
  });

  it('deactivates and tells the hooks in the same step; others read it by id, inactive too', async () => {
    const org = orgOnMemory();
    const { id } = await org.departments.create(office, department());
    const events: unknown[] = [];
    org.hooks.register({ onDepartmentDeactivated: async (_tx, e) => void events.push(e) });
    await org.departments.deactivate(office, id);
    expect(events).toEqual([{ unitId: CITY.id, departmentId: id }]);
    expect(await org.departments.list(office, undefined, false)).toEqual([]);
    expect(await org.departments.byIds([id, id])).toEqual([
      expect.objectContaining({ id, active: false }),
    ]);
  });
});
