import { createLogger, maskFeedToken } from './logger.js';

describe('maskFeedToken', () => {
  it('keeps only the first characters of a feed token in logged URLs', () => {
    expect(maskFeedToken('/feeds/AbCdEfGhIjKlMnOpQrStUv.ics')).toBe('/feeds/AbCd….ics');
    expect(maskFeedToken('/api/v1/leaders')).toBe('/api/v1/leaders');
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
