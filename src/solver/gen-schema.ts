/** The published JSON Schema of a Problem, generated from the zod schema (npm run solver:schema). */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { problemSchema } from './problem.js';

export const SCHEMA_FILE = fileURLToPath(new URL('./problem.schema.json', import.meta.url));

export function problemJsonSchemaText(): string {
  const schema = z.toJSONSchema(problemSchema, { target: 'draft-2020-12' });
  return (
    JSON.stringify({ $id: 'roster-problem', title: 'Roster problem', ...schema }, null, 2) + '\n'
  );
}
