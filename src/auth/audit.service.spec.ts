import { AuditService } from './audit.service.js';
import { MemoryAuditStore } from './testing.js';

describe('AuditService (on an in-memory store)', () => {
  it('records who did what: the signed-in user over a given username, nulls for the rest', async () => {
    const store = new MemoryAuditStore();
    const audit = new AuditService(store);
    const user = {
      id: 'u1',
      username: 'office',
      role: 'office' as const,
      unitId: 'city',
      leaderId: null,
      departmentId: null,
    };
    await audit.record({ user, username: 'typed', action: 'pii.read', entityId: 'c1' });
    await audit.record({ username: 'nobody', action: 'auth.login_failed', ip: '10.0.0.9' });
    expect(store.rows.map(({ id: _id, at: _at, ...row }) => row)).toEqual([
      {
        userId: 'u1',
        username: 'office',
        role: 'office',
        action: 'pii.read',
        entityType: null,
        entityId: 'c1',
        statusCode: null,
        ip: null,
        requestId: null,
        detail: null,
      },
      {
        userId: null,
        username: 'nobody',
        role: null,
        action: 'auth.login_failed',
        entityType: null,
        entityId: null,
        statusCode: null,
        ip: '10.0.0.9',
        requestId: null,
        detail: null,
      },
    ]);
    expect((await audit.list({ limit: 1 })).map((r) => r.action)).toEqual(['auth.login_failed']);
    expect((await audit.list({ limit: 5, beforeId: '2' })).map((r) => r.action)).toEqual([
      'pii.read',
    ]);
  });
});
