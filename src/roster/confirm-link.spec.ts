import { maskFeedToken } from '../common/logger.js';
import { confirmKey, readConfirmToken, signConfirmToken } from './confirm-link.js';

describe('confirmation link tokens', () => {
  const key = confirmKey('x'.repeat(40));
  const a = '11111111-1111-4111-8111-111111111111';
  const b = '22222222-2222-4222-8222-222222222222';
  const claim = {
    leaderId: '33333333-3333-4333-8333-333333333333',
    sequence: 2,
    expires: 1800000000,
  };

  it('reads back what it signed for the same duty', () => {
    expect(readConfirmToken(key, a, signConfirmToken(key, a, claim))).toEqual(claim);
  });

  it('refuses the token on another duty, under another key, or changed in any part', () => {
    const token = signConfirmToken(key, a, claim);
    expect(readConfirmToken(key, b, token)).toBeNull();
    expect(readConfirmToken(confirmKey('y'.repeat(40)), a, token)).toBeNull();
    const [leader, seq, exp, sig] = token.split('.');
    expect(readConfirmToken(key, a, [leader, Number(seq) + 1, exp, sig].join('.'))).toBeNull();
    expect(readConfirmToken(key, a, [leader, seq, Number(exp) + 3600, sig].join('.'))).toBeNull();
    const flipped = (sig.startsWith('A') ? 'B' : 'A') + sig.slice(1);
    expect(readConfirmToken(key, a, [leader, seq, exp, flipped].join('.'))).toBeNull();
    expect(readConfirmToken(key, a, 'garbage')).toBeNull();
  });

  it('is masked in access logs like a feed token', () => {
    const token = signConfirmToken(key, a, claim);
    const masked = maskFeedToken(`/api/v1/duty-confirmations/${a}?t=${token}`);
    expect(masked).not.toContain(token.split('.')[3]);
  });

  it('carries no name, date or place', () => {
    const token = signConfirmToken(key, a, claim);
    expect(token.split('.').slice(0, 3)).toEqual([claim.leaderId, '2', '1800000000']);
  });
});
