import { KindChooser } from './kind-chooser.js';
import { mulberry32 } from './generator.js';
import { KINDS, type Kind } from './neighbourhoods.js';

const DRAWS = 4000;

function shares(chooser: KindChooser): Record<Kind, number> {
  const count = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  for (let i = 0; i < DRAWS; i++) count[chooser.next()]++;
  return Object.fromEntries(KINDS.map((k) => [k, count[k] / DRAWS])) as Record<Kind, number>;
}

const others = (kind: Kind) => KINDS.filter((k) => k !== kind);

describe('choosing the next neighbourhood kind', () => {
  it('draws every kind alike before any has been tried', () => {
    for (const share of Object.values(shares(new KindChooser(mulberry32(1)))))
      expect(share).toBeCloseTo(1 / KINDS.length, 1);
  });

  it('draws most often the kind that keeps improving, and still tries the others', () => {
    const chooser = new KindChooser(mulberry32(2));
    for (let i = 0; i < 5; i++) {
      chooser.record('days', true, 0.1);
      for (const kind of others('days')) chooser.record(kind, false, 1);
    }
    const s = shares(chooser);
    expect(s.days).toBeGreaterThan(0.6);
    for (const kind of others('days')) expect(s[kind]).toBeGreaterThan(0.07);
  });

  it('weighs an improvement by what it cost', () => {
    const chooser = new KindChooser(mulberry32(3));
    chooser.record('days', true, 0.05);
    chooser.record('people', true, 0.25);
    const s = shares(chooser);
    expect(s.days).toBeGreaterThan(s.people + 0.2);
    expect(s.people).toBeGreaterThan(s.hot);
  });

  it('does not give one early improvement the run of the search', () => {
    const chooser = new KindChooser(mulberry32(4));
    chooser.record('people', true, 1);
    const s = shares(chooser);
    expect(s.people).toBeLessThan(0.4);
    for (const kind of others('people')) expect(s[kind]).toBeGreaterThan(0.2);
  });

  it('forgets a kind that stopped improving', () => {
    const chooser = new KindChooser(mulberry32(5));
    chooser.record('days', true, 0.1);
    const before = shares(chooser).days;
    for (let i = 0; i < 10; i++) chooser.record('days', false, 0.1);
    const after = shares(chooser);
    expect(after.days).toBeLessThan(before - 0.3);
    expect(after.people).toBeGreaterThan(after.days);
  });

  it('draws the same kinds from the same seed', () => {
    const draw = () => {
      const chooser = new KindChooser(mulberry32(6));
      chooser.record('hot', true, 1);
      return Array.from({ length: 50 }, () => chooser.next());
    };
    expect(draw()).toEqual(draw());
  });
});
