/** Rewrites the README's table of error codes from the catalogue: npx tsx src/common/error-table-cli.ts */
import { README_FILE, writeReadmeTable } from './error-table.js';

writeReadmeTable();
process.stdout.write(`wrote the error codes in ${README_FILE}\n`);
