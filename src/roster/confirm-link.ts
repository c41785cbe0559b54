import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The one-click confirmation link of a day-before reminder (确认出席), stateless: the token signs
 * the duty's assignment id, its leader, its change counter and the instant its session begins.
 * It confirms that duty only (the id is in the path, the signature covers it), only while the
 * same leader sits the unchanged duty, only before the session begins, and only once (a confirmed
 * duty refuses it). The token carries no name, date or place: it reveals nothing.
 */
export interface ConfirmClaim {
  leaderId: string;
  sequence: number;
  /** Unix seconds: when the session begins. */
  expires: number;
}

/** A key of its own, derived from the service secret, so a link is never a login token. */
export function confirmKey(secret: string): Buffer {
  return createHmac('sha256', secret).update('duty-confirmation-link/v1').digest();
}

const mac = (key: Buffer, assignmentId: string, c: ConfirmClaim) =>
  createHmac('sha256', key)
    .update(`${assignmentId}|${c.leaderId}|${c.sequence}|${c.expires}`)
    .digest();

export function signConfirmToken(key: Buffer, assignmentId: string, claim: ConfirmClaim): string {
  const sig = mac(key, assignmentId, claim).toString('base64url');
  return `${claim.leaderId}.${claim.sequence}.${claim.expires}.${sig}`;
}

// The signature is 43 base64url characters: the access log masks it like a feed token.
const TOKEN = /^([0-9a-f-]{36})\.(\d{1,9})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

/** The claim when the token was signed for this assignment, else null (tampered, other duty). */
export function readConfirmToken(
  key: Buffer,
  assignmentId: string,
  token: string,
): ConfirmClaim | null {
  const m = TOKEN.exec(token);
  if (!m) return null;
  const claim = { leaderId: m[1], sequence: Number(m[2]), expires: Number(m[3]) };
  const given = Buffer.from(m[4], 'base64url');
  const wanted = mac(key, assignmentId, claim);
  return given.length === wanted.length && timingSafeEqual(given, wanted) ? claim : null;
}
