import { orgOnMemory } from './testing.js';

describe('SubjectsService (the seeded taxonomy, in memory)', () => {
  const { subjects } = orgOnMemory();

  it('maps a current name, a code or an old label onto current codes, and nothing else', async () => {
    expect(await subjects.resolve(' 城乡建设 ')).toEqual(['urban_construction']);
    expect(await subjects.resolve('health')).toEqual(['health']);
    expect(await subjects.resolve('教育文体')).toEqual(['education', 'culture_sports_tourism']);
    expect(await subjects.resolve('城建')).toEqual([]);
  });

  it('lists the categories in order with the old labels that map onto each', async () => {
    const list = await subjects.list();
    expect(list[0]).toEqual({
      code: 'urban_construction',
      name: '城乡建设',
      restricted: false,
      oldLabels: [],
    });
    expect(list.find((s) => s.code === 'culture_sports_tourism')?.oldLabels).toEqual(['教育文体']);
    expect(list.filter((s) => s.restricted).map((s) => s.code)).toEqual(['discipline_supervision']);
  });

  it('names the first unknown code and its position', async () => {
    await expect(subjects.assertKnownCodes([], 'codes')).resolves.toBeUndefined();
    await expect(
      subjects.assertKnownCodes(['health', '卫生健康', 'nope'], 'codes'),
    ).rejects.toMatchObject({
      status: 400,
      field: 'codes[1]',
      message: expect.stringContaining('卫生健康'),
    });
  });
});
