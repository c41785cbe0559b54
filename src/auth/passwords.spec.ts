import { hashPassword, verifyPassword } from './passwords.js';
import { canAccessUnit } from './scope.js';

describe('passwords', () => {
  it('match however the same characters were composed (NFC), and nothing else', async () => {
    const composed = 'caf\u00e9-接访';
    const decomposed = 'cafe\u0301-接访';
    const hash = await hashPassword(composed);
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, decomposed)).toBe(true);
    expect(await verifyPassword(hash, 'cafe-接访')).toBe(false);
    expect(await verifyPassword('not a hash', composed)).toBe(false);
  });
});

describe('unit scope', () => {
  const user = (role: 'admin' | 'office', unitId: string) => ({
    id: 'u',
    username: 'u',
    role,
    unitId,
    leaderId: null,
    departmentId: null,
  });

  it('lets administrators see every unit and everyone else only their own', () => {
    expect(canAccessUnit(user('admin', 'city'), 'county')).toBe(true);
    expect(canAccessUnit(user('office', 'city'), 'city')).toBe(true);
    expect(canAccessUnit(user('office', 'city'), 'county')).toBe(false);
  });
});
