/**
 * For tests of limiters that count in fixed windows (aligned to the epoch, as the service's are):
 * waits for the next window when fewer than `needMs` are left in the current one, so that a new
 * window cannot start the counts again in the middle of a test.
 */
export async function leaveWindowTime(windowMs: number, needMs: number): Promise<void> {
  const left = windowMs - (Date.now() % windowMs);
  if (left < needMs) await new Promise((r) => setTimeout(r, left + 200));
}
