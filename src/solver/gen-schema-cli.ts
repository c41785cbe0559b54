/** Regenerates problem.schema.json: npm run solver:schema */
import { writeFileSync } from 'node:fs';
import { problemJsonSchemaText, SCHEMA_FILE } from './gen-schema.js';

writeFileSync(SCHEMA_FILE, problemJsonSchemaText());
process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
