import { readFileSync } from 'node:fs';
import { DOCUMENT_FILE, openApiDocumentText, TYPES_FILE, webTypesText } from './web-types.js';

describe("the web page's wire types", () => {
  it('openapi.json and schema.d.ts match the service (regenerate: npm run api:types)', async () => {
    const document = await openApiDocumentText();
    expect(JSON.parse(readFileSync(DOCUMENT_FILE, 'utf8'))).toEqual(JSON.parse(document));
    expect(readFileSync(TYPES_FILE, 'utf8')).toBe(await webTypesText(document));
  });
});
