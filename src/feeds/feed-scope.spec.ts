import { FeedRateLimiter } from './feed-rate-limiter.js';
import { canHold, type FeedHolder } from './feed-scope.js';

const user = (over: Partial<FeedHolder>): FeedHolder => ({
  role: 'office',
  unitId: 'u1',
  leaderId: null,
  departmentId: null,
  ...over,
});

describe('canHold', () => {
  const leaderFeed = { scope: 'leader', unitId: 'u1', leaderId: 'l1' } as const;
  const unitFeed = { scope: 'unit', unitId: 'u1' } as const;
  const deptFeed = { scope: 'department', unitId: 'u1', departmentId: 'd1' } as const;

  it('gives leaders and departments their own feed only, offices their unit, admins all', () => {
    expect(canHold(user({ role: 'leader', leaderId: 'l1' }), leaderFeed)).toBe(true);
    expect(canHold(user({ role: 'leader', leaderId: 'l2' }), leaderFeed)).toBe(false);
    expect(canHold(user({ role: 'leader', leaderId: 'l1' }), unitFeed)).toBe(false);
    expect(canHold(user({ role: 'office' }), leaderFeed)).toBe(false);
    expect(canHold(user({ role: 'petition' }), unitFeed)).toBe(true);
    expect(canHold(user({ role: 'politics', unitId: 'u2' }), unitFeed)).toBe(false);
    expect(canHold(user({ role: 'department', departmentId: 'd1' }), deptFeed)).toBe(true);
    expect(canHold(user({ role: 'department', departmentId: 'd2' }), deptFeed)).toBe(false);
    expect(canHold(user({ role: 'admin', unitId: 'u9' }), deptFeed)).toBe(true);
  });
});

describe('FeedRateLimiter', () => {
  it('counts per key in one-minute windows and says how long to wait', () => {
    let now = 60_000 * 100 + 15_000;
    const limiter = new FeedRateLimiter(() => now);
    const keys = [
      { key: 'a', limit: 5 },
      { key: 't', limit: 2 },
    ];
    expect(limiter.hit(keys)).toBeUndefined();
    expect(limiter.hit(keys)).toBeUndefined();
    expect(limiter.hit(keys)).toBe(45);
    expect(
      limiter.hit([
        { key: 'a', limit: 5 },
        { key: 'other', limit: 2 },
      ]),
    ).toBeUndefined();
    now += 45_000; // next window
    expect(limiter.hit(keys)).toBeUndefined();
  });
});
