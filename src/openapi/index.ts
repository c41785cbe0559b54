/**
 * openapi: the service's OpenAPI document (served at /api/docs) and the web page's wire types
 * generated from it (npm run api:types).
 */
export { buildOpenApiDocument, setApiPrefix } from './document.js';
