import QRCode from 'qrcode';
import type { FeedToken } from './feed-token.entity.js';

export interface FeedLink {
  id: string;
  scope: FeedToken['scope'];
  url: string;
  /** The same feed for clients that subscribe on a webcal: link (iOS, macOS, Outlook). */
  webcalUrl: string;
  /** Scanned with a phone camera, opens the subscription. */
  qrPngDataUrl: string;
  hint: string;
  createdAt: Date;
}

/** The only moment the secret leaves the service: in the answer to the user it was issued to. */
export async function feedLink(baseUrl: string, token: string, row: FeedToken): Promise<FeedLink> {
  const url = `${baseUrl}/feeds/${token}.ics`;
  const webcalUrl = url.replace(/^https?:/, 'webcal:');
  return {
    id: row.id,
    scope: row.scope,
    url,
    webcalUrl,
    qrPngDataUrl: await QRCode.toDataURL(webcalUrl, { errorCorrectionLevel: 'M', margin: 2 }),
    hint: row.hint,
    createdAt: row.createdAt,
  };
}

/** A link as listed: never the secret, only its first characters. */
export function linkSummary(row: FeedToken) {
  return {
    id: row.id,
    scope: row.scope,
    unitId: row.unitId,
    leaderId: row.leaderId,
    departmentId: row.departmentId,
    ownerId: row.ownerId,
    hint: row.hint,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
    revokedReason: row.revokedReason,
  };
}
