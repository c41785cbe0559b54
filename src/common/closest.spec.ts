import { closest, closestHint, similarity } from './closest.js';

describe('closest names', () => {
  const departments = [
    '市中级法院',
    '市人民检察院',
    '市住房和城乡建设局',
    '市人力资源和社会保障局',
    '市公安局',
  ];

  it('finds the department meant by a longer or shorter name', () => {
    expect(closest('市中级人民法院', departments)[0]).toBe('市中级法院');
    expect(closest('住建局', departments)[0]).toBe('市住房和城乡建设局');
    expect(closest('人社局', departments)[0]).toBe('市人力资源和社会保障局');
  });

  it('offers nothing for a name unlike any', () => {
    expect(closest('气象台', departments)).toEqual([]);
    expect(closestHint('气象台', departments)).toBe('');
  });

  it('is symmetric and 1 for the same text', () => {
    expect(similarity('劳动社保', '劳动和社会保障')).toBeCloseTo(
      similarity('劳动和社会保障', '劳动社保'),
    );
    expect(similarity('教育', '教育')).toBe(1);
  });
});
