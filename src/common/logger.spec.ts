import { maskFeedToken } from './logger.js';

describe('maskFeedToken', () => {
  it('keeps only the first characters of a feed token in logged URLs', () => {
    expect(maskFeedToken('/feeds/AbCdEfGhIjKlMnOpQrStUv.ics')).toBe('/feeds/AbCd….ics');
    expect(maskFeedToken('/api/v1/leaders')).toBe('/api/v1/leaders');
  });
});
