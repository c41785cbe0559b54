/** Conditional GET for feeds, done by hand (see shouldAnswer304). */

export interface ConditionalHeaders {
  'if-none-match'?: string;
  'if-modified-since'?: string;
}

/** If-None-Match uses the weak comparison (RFC 9110 13.1.2): W/"x" matches "x". */
function etagListMatches(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === bare);
}

/**
 * Express's req.fresh answers "not fresh" whenever the request carries Cache-Control: no-cache,
 * which Thunderbird sends together with If-None-Match; a validator match must still give 304 or
 * every poll downloads the whole feed. If-Modified-Since counts only without If-None-Match.
 */
export function shouldAnswer304(
  headers: ConditionalHeaders,
  etag: string,
  lastModified: Date,
): boolean {
  const inm = headers['if-none-match'];
  if (inm !== undefined) return etagListMatches(inm, etag);
  const ims = headers['if-modified-since'];
  if (ims === undefined) return false;
  const since = Date.parse(ims);
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}
