import { FIRST_DELAY_MS, gateFor, MAX_DELAY_MS, windowAt } from './login-rate-limiter.js';

const settings = { maxAttempts: 10, windowMinutes: 15 };
const WINDOW_MS = 15 * 60_000;

describe('login rate limits', () => {
  it('counts in fixed windows, the same for every replica', () => {
    const start = 1_800_000_000_000 - (1_800_000_000_000 % WINDOW_MS);
    expect(windowAt(start, settings)).toEqual({ start: new Date(start), end: start + WINDOW_MS });
    expect(windowAt(start + WINDOW_MS - 1, settings).start).toEqual(new Date(start));
    expect(windowAt(start + WINDOW_MS, settings).start).toEqual(new Date(start + WINDOW_MS));
  });

  it('locks an address out of a username after maxAttempts, until its window ends', () => {
    const start = 1_800_000_000_000 - (1_800_000_000_000 % WINDOW_MS);
    expect(gateFor({ pair: 10, user: 10 }, settings, start + 1)).toEqual({
      kind: 'open',
      delayMs: 0,
      windowStart: new Date(start),
    });
    expect(gateFor({ pair: 11, user: 11 }, settings, start + 1)).toEqual({
      kind: 'locked',
      retryAfterSeconds: WINDOW_MS / 1000,
    });
    expect(gateFor({ pair: 11, user: 11 }, settings, start + WINDOW_MS - 1500)).toEqual({
      kind: 'locked',
      retryAfterSeconds: 2,
    });
  });

  it('slows a username guessed from many addresses: a doubling delay up to a cap, no lock', () => {
    const delays = [10, 11, 12, 13, 14, 15, 16, 40].map(
      (user) => gateFor({ pair: 1, user }, settings, 0) as { kind: 'open'; delayMs: number },
    );
    expect(delays.every((g) => g.kind === 'open')).toBe(true);
    expect(delays.map((g) => g.delayMs)).toEqual([
      0,
      FIRST_DELAY_MS,
      2 * FIRST_DELAY_MS,
      4 * FIRST_DELAY_MS,
      8 * FIRST_DELAY_MS,
      MAX_DELAY_MS,
      MAX_DELAY_MS,
      MAX_DELAY_MS,
    ]);
  });
});
