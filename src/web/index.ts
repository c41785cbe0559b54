/** web: the office staff's page, served as static assets. */
export { webAssets } from './web-assets.js';
