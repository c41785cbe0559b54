import { chinaDate, chinaTime, Clock } from './clock.js';

describe('time in China (every unit is there)', () => {
  it("takes an instant's date in China, not in the server's zone", () => {
    // 16:00 UTC on New Year's Eve is already 1 January in Beijing.
    expect(chinaDate(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
    expect(chinaDate(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });

  it('places a civil date and time in China (UTC+8, no daylight saving)', () => {
    expect(chinaTime('2026-03-06', '08:30').toISOString()).toBe('2026-03-06T00:30:00.000Z');
    expect(chinaTime('2026-07-01', '00:00').toISOString()).toBe('2026-06-30T16:00:00.000Z');
  });

  it("gives the clock's today in China, moved with the clock", () => {
    const clock = new Clock();
    clock.set(new Date('2026-02-16T17:00:00Z'));
    expect(clock.today()).toBe('2026-02-17');
  });
});
