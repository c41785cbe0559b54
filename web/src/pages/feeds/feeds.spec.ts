import { describe, expect, it } from '@jest/globals';
import type { FeedSummary, Me } from '../../api/types.js';
import { feedOf, linkState } from './feeds.js';

const me = (over: Partial<Me>) =>
  ({ role: 'office', leaderId: null, departmentId: null, ...over }) as Me;

describe('the 订阅 page', () => {
  it("offers a leader their own feed, a department its own, staff the unit's", () => {
    expect(feedOf(me({ role: 'leader', leaderId: 'l1' }), 'u1')).toEqual({
      path: '/leaders/l1/feed',
      scope: 'leader',
    });
    expect(feedOf(me({ role: 'department', departmentId: 'd1' }), 'u1')).toEqual({
      path: '/departments/d1/feed',
      scope: 'department',
    });
    expect(feedOf(me({ role: 'petition' }), 'u1')).toEqual({
      path: '/units/u1/feed',
      scope: 'unit',
    });
    expect(feedOf(me({ role: 'leader' }), 'u1')).toBeNull();
  });

  it('says why and when a link stopped working', () => {
    const link = { revokedAt: null, revokedReason: null } as FeedSummary;
    expect(linkState(link)).toBe('有效');
    const revoked = { revokedAt: '2026-12-31T16:30:00Z', revokedReason: 'rotated' } as FeedSummary;
    expect(linkState(revoked)).toBe('已更换（2027-01-01 00:30）');
    expect(linkState({ ...revoked, revokedReason: 'unknown' })).toBe('已失效（2027-01-01 00:30）');
  });
});
