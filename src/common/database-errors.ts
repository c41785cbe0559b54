// SQLSTATE classes 08 (connection exception) and 57P0x (operator intervention: shutdown,
// crash, cannot connect now) mean the database is away, not that the request was wrong; 57014
// (statement_timeout) that it did not answer in time.
const UNAVAILABLE_SQLSTATES = new Set([
  '57014',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);
const UNAVAILABLE_NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
]);
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /the database system is (starting up|shutting down)/i,
  /Connection is not established/i,
  // The client-side deadline (DeadlineClient) and the connection it then closes.
  /^Query read timeout$/,
  /Client was closed and is not queryable/i,
];

function codeOf(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const e = err as { code?: unknown; driverError?: { code?: unknown } };
  const code = e.driverError?.code ?? e.code;
  return typeof code === 'string' ? code : undefined;
}

/** True when an error means "PostgreSQL is unreachable right now" (answer 503, retry later). */
export function isDatabaseUnavailable(err: unknown): boolean {
  const code = codeOf(err);
  if (code && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_NODE_CODES.has(code))) return true;
  const message = err instanceof Error ? err.message : '';
  if (UNAVAILABLE_MESSAGES.some((re) => re.test(message))) return true;
  const cause = (err as { cause?: unknown })?.cause;
  return cause !== undefined && cause !== err && isDatabaseUnavailable(cause);
}

export function sqlStateOf(err: unknown): string | undefined {
  return codeOf(err);
}
