import { KindChooser } from './kind-chooser.js';
import { mulberry32 } from './generator.js';
import { KINDS, type Kind } from './neighbourhoods.js';

const DRAWS = 4000;

function shares(chooser: KindChooser): Record<Kind, number> {
  const count = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  for (let i = 0; i < DRAWS; i++) count[chooser.next()]++;
  return Object.fromEntries(KINDS.map((k) => [k, count[k] / DRAWS])) as Record<Kind, number>;
}

describe('choosing the next neighbourhood kind', () => {
  it('draws every kind alike before any has gained', () => {
    for (const share of Object.values(shares(new KindChooser(mulberry32(1)))))
      expect(share).toBeCloseTo(1 / KINDS.length, 1);
  });

  it('draws most often the kind that gained, and still tries the others', () => {
    const chooser = new KindChooser(mulberry32(2));
    chooser.record('days', 400, 0.1);
    for (const kind of KINDS.filter((k) => k !== 'days')) chooser.record(kind, 0, 1);
    const s = shares(chooser);
    expect(s.days).toBeGreaterThan(0.6);
    for (const kind of KINDS.filter((k) => k !== 'days')) expect(s[kind]).toBeGreaterThan(0.07);
  });

  it('weighs a gain by what it cost', () => {
    const chooser = new KindChooser(mulberry32(3));
    chooser.record('days', 100, 0.1);
    chooser.record('people', 100, 1);
    const s = shares(chooser);
    expect(s.days).toBeGreaterThan(s.people + 0.3);
    expect(s.people).toBeGreaterThan(s.hot);
  });

  it('forgets a kind that stopped gaining', () => {
    const chooser = new KindChooser(mulberry32(4));
    chooser.record('days', 100, 0.1);
    chooser.record('people', 100, 1);
    const before = shares(chooser).days;
    for (let i = 0; i < 10; i++) chooser.record('days', 0, 0.1);
    const after = shares(chooser);
    expect(after.days).toBeLessThan(before - 0.3);
    expect(after.people).toBeGreaterThan(after.days);
  });

  it('draws the same kinds from the same seed', () => {
    const draw = () => {
      const chooser = new KindChooser(mulberry32(5));
      chooser.record('hot', 50, 1);
      return Array.from({ length: 50 }, () => chooser.next());
    };
    expect(draw()).toEqual(draw());
  });
});
