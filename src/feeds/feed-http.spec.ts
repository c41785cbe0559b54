import { shouldAnswer304 } from './feed-http.js';

describe('shouldAnswer304', () => {
  const etag = '"abc"';
  const modified = new Date('2026-03-01T08:00:00.500Z');

  it('matches If-None-Match (also weak and in lists) whatever Cache-Control says', () => {
    expect(shouldAnswer304({ 'if-none-match': '"abc"' }, etag, modified)).toBe(true);
    expect(shouldAnswer304({ 'if-none-match': 'W/"abc"' }, etag, modified)).toBe(true);
    expect(shouldAnswer304({ 'if-none-match': '"x", "abc"' }, etag, modified)).toBe(true);
    expect(shouldAnswer304({ 'if-none-match': '*' }, etag, modified)).toBe(true);
    expect(shouldAnswer304({ 'if-none-match': '"x"' }, etag, modified)).toBe(false);
  });

  it('uses If-Modified-Since only without If-None-Match, to the second', () => {
    const since = 'Sun, 01 Mar 2026 08:00:00 GMT';
    expect(shouldAnswer304({ 'if-modified-since': since }, etag, modified)).toBe(true);
    expect(
      shouldAnswer304({ 'if-modified-since': 'Sun, 01 Mar 2026 07:59:59 GMT' }, etag, modified),
    ).toBe(false);
    expect(
      shouldAnswer304({ 'if-none-match': '"x"', 'if-modified-since': since }, etag, modified),
    ).toBe(false);
    expect(shouldAnswer304({ 'if-modified-since': 'garbage' }, etag, modified)).toBe(false);
  });
});
