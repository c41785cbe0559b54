import { createLogger, maskFeedToken } from './logger.js';

describe('maskFeedToken', () => {
  it('keeps only the first characters of a feed token in logged URLs', () => {
    const token = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde';
    expect(token).toHaveLength(43);
    expect(maskFeedToken(`/feeds/${token}.ics`)).toBe('/feeds/AbCd….ics');
    expect(maskFeedToken('/api/v1/leaders')).toBe('/api/v1/leaders');
  });

  it.each([
    ['the path in another case', (t: string) => `/FEEDS/${t}.ics`],
    [
      'a percent-encoded token',
      (t: string) => `/feeds/${[...t].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('')}.ics`,
    ],
    ['a token after the first ?t=', (t: string) => `/feeds/${t}.ics?t=${t}&t=${t}`],
    ['a token in any query parameter', (t: string) => `/api/v1/x?token=${t}`],
  ])('masks %s', (_what, url) => {
    const token = 'Zz9_-yXwVuTsRqPoNmLkJiHgFeDcBa876543210abcd';
    const masked = maskFeedToken(url(token));
    expect(masked).not.toContain(token.slice(4, 12));
    expect(masked).toContain('Zz9_…');
  });

  it('keeps UUIDs and route names readable', () => {
    const url = '/api/v1/units/6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f/reception-records?limit=5';
    expect(maskFeedToken(url)).toBe(url);
  });
});

describe('createLogger', () => {
  it('redacts password fields wherever they are logged', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => lines.push(line) });
    logger.info({ password: 'secret-1', user: { password: 'secret-2' } }, 'x');
    expect(lines.join('')).not.toMatch(/secret-/);
    expect(JSON.parse(lines[0]).password).toBe('[redacted]');
  });
});
