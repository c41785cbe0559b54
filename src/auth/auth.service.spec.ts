import { jest } from '@jest/globals';
import type { AppError } from '../common/app-error.js';
import { hashPassword } from './passwords.js';
import { authOnMemory, TEST_AUTH_CONFIG } from './testing.js';

const UNIT = '00000000-0000-4000-8000-000000000001';
const PASSWORD = 'correct horse battery staple';

// argon2 is slow by design: one hash for every account of the file.
const passwordHash = hashPassword(PASSWORD);

async function withOffice() {
  const memory = authOnMemory();
  const [office] = await memory.users.insert([
    {
      username: 'office',
      displayName: '两办',
      passwordHash: await passwordHash,
      role: 'office',
      unitId: UNIT,
      leaderId: null,
      departmentId: null,
    },
  ]);
  return { ...memory, office };
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'signed in',
    (err: AppError) => ({ status: err.status, code: err.code, headers: err.headers }),
  );

describe('AuthService (sign-in on in-memory stores)', () => {
  it('signs in with the password; the token stands for the account until it expires', async () => {
    const { auth } = authOnMemory();
    const [office] = await auth.createUsers([
      { username: 'office', displayName: '两办', password: PASSWORD, role: 'office', unitId: UNIT },
    ]);
    const before = Date.now();
    const { accessToken, expiresAt } = await auth.login('office', PASSWORD, '10.0.0.1');
    const ttlMs = TEST_AUTH_CONFIG.TOKEN_TTL_MINUTES * 60_000;
    expect(Date.parse(expiresAt) - before).toBeGreaterThanOrEqual(ttlMs);
    expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(ttlMs);
    expect(await auth.authenticate(accessToken)).toEqual({
      id: office.id,
      username: 'office',
      role: 'office',
      unitId: UNIT,
      leaderId: null,
      departmentId: null,
    });
  });

  it('gives the same answer for an unknown username and a wrong password', async () => {
    const { auth } = await withOffice();
    const unknown = await refusal(auth.login('nobody', PASSWORD, '10.0.0.1'));
    const wrong = await refusal(auth.login('office', 'wrong', '10.0.0.2'));
    expect(unknown).toEqual({ status: 401, code: 'INVALID_CREDENTIALS', headers: {} });
    expect(wrong).toEqual(unknown);
  });

  it('locks one address out of a username after too many failures, not the others', async () => {
    const { auth } = await withOffice();
    // LOGIN_MAX_ATTEMPTS is 2.
    for (let i = 0; i < 2; i++) {
      expect(await refusal(auth.login('office', 'guess', '10.0.0.9'))).toMatchObject({
        status: 401,
      });
    }
    const locked = await refusal(auth.login('office', PASSWORD, '10.0.0.9'));
    expect(locked).toMatchObject({ status: 429, code: 'TOO_MANY_ATTEMPTS' });
    const retryAfter = Number(
      (locked as { headers: Record<string, string> }).headers['Retry-After'],
    );
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(TEST_AUTH_CONFIG.LOGIN_WINDOW_MINUTES * 60);
    // The real user elsewhere still gets in (slowed down, not locked).
    await expect(auth.login('office', PASSWORD, '10.0.0.1')).resolves.toHaveProperty('accessToken');
  });

  it('forgives an address its failures once it signs in', async () => {
    const { auth } = await withOffice();
    await refusal(auth.login('office', 'guess', '10.0.0.1'));
    await auth.login('office', PASSWORD, '10.0.0.1');
    await refusal(auth.login('office', 'guess', '10.0.0.1'));
    expect(await refusal(auth.login('office', 'guess', '10.0.0.1'))).toMatchObject({ status: 401 });
    expect(await refusal(auth.login('office', 'guess', '10.0.0.1'))).toMatchObject({ status: 429 });
  });

  it('forgives a successful attempt in the window it was counted in, when the next has begun', async () => {
    const { auth, attempts } = await withOffice();
    const windowMs = TEST_AUTH_CONFIG.LOGIN_WINDOW_MINUTES * 60_000;
    const end = (Math.floor(Date.now() / windowMs) + 1) * windowMs;
    const clock = jest.spyOn(Date, 'now');
    try {
      clock.mockReturnValue(end - 10);
      await refusal(auth.login('office', 'guess', '10.0.0.9'));
      // Counted in the last milliseconds of a window; the password check ends in the next one.
      clock.mockReturnValueOnce(end - 5).mockReturnValue(end + 1000);
      await auth.login('office', PASSWORD, '10.0.0.1');
    } finally {
      clock.mockRestore();
    }
    const userCounts = attempts.counts.get('user:office')!;
    expect([...userCounts]).toEqual([[end - windowMs, 1]]);
    expect(attempts.counts.has('pair:office|10.0.0.1')).toBe(false);
  });

  it('refuses a token without an expiry, from another secret, or of a deactivated account', async () => {
    const { auth, jwt, users, office } = await withOffice();
    const forever = await jwt.signAsync({ sub: office.id, role: 'office' });
    expect(await auth.authenticate(forever)).toBeUndefined();
    const other = authOnMemory({
      ...TEST_AUTH_CONFIG,
      JWT_SECRET: 'another-secret-also-long-enough-to-sign',
    });
    const foreign = await other.jwt.signAsync(
      { sub: office.id, role: 'office' },
      { expiresIn: 60 },
    );
    expect(await auth.authenticate(foreign)).toBeUndefined();

    const { accessToken } = await auth.login('office', PASSWORD, '10.0.0.1');
    users.rows.find((u) => u.id === office.id)!.active = false;
    expect(await auth.authenticate(accessToken)).toBeUndefined();
    expect(await refusal(auth.login('office', PASSWORD, '10.0.0.1'))).toMatchObject({
      status: 401,
    });
  });

  it("lists a leader's active accounts and names accounts by id", async () => {
    const { auth, users } = authOnMemory();
    const leaderId = '00000000-0000-4000-8000-0000000000a1';
    const account = (username: string, active: boolean) => ({
      username,
      displayName: username.toUpperCase(),
      passwordHash: 'unused',
      role: 'leader' as const,
      unitId: UNIT,
      leaderId,
      departmentId: null,
      active,
    });
    const [leader, , secretary] = await users.insert([
      account('leader01', true),
      account('leader01-old', false),
      account('leader01-mishu', true),
    ]);
    expect((await auth.leaderAccounts(leaderId)).map((a) => a.username)).toEqual([
      'leader01',
      'leader01-mishu',
    ]);
    expect(await auth.displayNames([leader.id, null, secretary.id, leader.id])).toEqual(
      new Map([
        [leader.id, 'LEADER01'],
        [secretary.id, 'LEADER01-MISHU'],
      ]),
    );
    expect(await auth.displayNames([null])).toEqual(new Map());
  });
});
