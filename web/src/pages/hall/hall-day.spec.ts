import { describe, expect, it } from '@jest/globals';
import type { DutyRecord } from '../../api/types.js';
import { receivingSessions, sittingLeaders } from './hall-day.js';

const duty = (over: Partial<DutyRecord>) =>
  ({
    session: 'AM',
    begun: true,
    satLeaderId: 'l1',
    satLeaderName: '林海峰',
    ...over,
  }) as DutyRecord;

describe('the hall day', () => {
  it('offers the leaders who sat a session that has begun', () => {
    const duties = [
      duty({}),
      duty({ satLeaderId: 'l2', satLeaderName: null }),
      duty({ satLeaderId: null }),
      duty({ satLeaderId: 'l3', begun: false }),
      duty({ session: 'PM', satLeaderId: 'l4' }),
    ];
    expect(sittingLeaders(duties, 'AM')).toEqual([
      { id: 'l1', name: '林海峰' },
      { id: 'l2', name: '' },
    ]);
  });

  it('lists only the sessions with someone to receive', () => {
    expect(receivingSessions([duty({ session: 'PM' })])).toEqual(['PM']);
    expect(receivingSessions([duty({ begun: false })])).toEqual([]);
  });
});
