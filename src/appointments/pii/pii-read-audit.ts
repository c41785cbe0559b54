import type { AuditService, AuthUser } from '../../auth/index.js';

/** A record shown to someone, with or without its petitioners' personal data in clear. */
interface ShownRecord {
  id: string;
  reference: string;
  piiRevealed: boolean;
  petitioners: unknown[];
}

/**
 * One `pii.read` audit row per record shown unmasked. Called before anything leaves the server:
 * no audit row, no unmasked data.
 */
export async function auditPiiReads(
  audit: AuditService,
  user: AuthUser,
  ctx: { ip?: string; requestId?: string },
  entityType: 'priority_case' | 'walk_in_reception',
  shown: ShownRecord[],
): Promise<void> {
  for (const v of shown.filter((x) => x.piiRevealed)) {
    await audit.record({
      user,
      action: 'pii.read',
      entityType,
      entityId: v.id,
      ip: ctx.ip,
      requestId: ctx.requestId,
      detail: {
        reference: v.reference,
        fields: ['name', 'phone', 'idNumber'],
        petitioners: v.petitioners.length,
      },
    });
  }
}
