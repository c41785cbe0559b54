/** Regenerates web/src/api/openapi.json and schema.d.ts: npm run api:types */
import { writeFileSync } from 'node:fs';
import { DOCUMENT_FILE, openApiDocumentText, TYPES_FILE, webTypesText } from './web-types.js';

const document = await openApiDocumentText();
writeFileSync(DOCUMENT_FILE, document);
writeFileSync(TYPES_FILE, await webTypesText(document));
process.stdout.write(`wrote ${DOCUMENT_FILE}\nwrote ${TYPES_FILE}\n`);
