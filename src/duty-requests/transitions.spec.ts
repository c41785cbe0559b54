import { REQUEST_STATUSES, type RequestStatus } from './duty-request.entity.js';
import { REQUEST_ACTIONS, transition } from './transitions.js';

const to = (r: ReturnType<typeof transition>) => ('to' in r ? r.to : null);

describe('leave and swap request states', () => {
  it('a leave goes from requested to 两办 directly; nobody accepts it', () => {
    expect(to(transition('leave', 'requested', 'approve'))).toBe('approved');
    expect(to(transition('leave', 'requested', 'refuse'))).toBe('refused');
    expect(to(transition('leave', 'requested', 'withdraw'))).toBe('withdrawn');
    expect(to(transition('leave', 'requested', 'expire'))).toBe('expired');
    expect(to(transition('leave', 'requested', 'accept'))).toBeNull();
    expect(to(transition('leave', 'requested', 'decline'))).toBeNull();
  });

  it('a swap needs the other leader before 两办 may approve', () => {
    expect(to(transition('swap', 'requested', 'approve'))).toBeNull();
    expect(to(transition('swap', 'requested', 'accept'))).toBe('accepted');
    expect(to(transition('swap', 'requested', 'decline'))).toBe('declined');
    expect(to(transition('swap', 'accepted', 'approve'))).toBe('approved');
    expect(to(transition('swap', 'accepted', 'accept'))).toBeNull();
    expect(to(transition('swap', 'accepted', 'withdraw'))).toBe('withdrawn');
    expect(to(transition('swap', 'accepted', 'refuse'))).toBe('refused');
  });

  it('a closed request takes no action at all', () => {
    const closed = REQUEST_STATUSES.filter((s) => s !== 'requested' && s !== 'accepted');
    for (const status of closed as RequestStatus[])
      for (const action of REQUEST_ACTIONS)
        for (const kind of ['leave', 'swap'] as const)
          expect(to(transition(kind, status, action))).toBeNull();
  });
});
