import { int } from '../common/env.js';

/** Calendar feeds: request rates per link and per address. */
export const feedsConfigShape = {
  FEED_RATE_PER_TOKEN: int(60, 1, 1_000_000),
  FEED_RATE_PER_ADDRESS: int(600, 1, 1_000_000),
};
