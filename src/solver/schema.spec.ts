import { readFileSync } from 'node:fs';
import { problemJsonSchemaText, SCHEMA_FILE } from './gen-schema.js';
import { generateMonth } from './generator.js';
import { formatPath, validateProblem } from './problem.js';

describe('problem schema', () => {
  it('problem.schema.json is in sync with the zod schema (regenerate: npx tsx src/solver/gen-schema.ts)', () => {
    // Compared as data: prettier may re-wrap the file.
    expect(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(
      JSON.parse(problemJsonSchemaText()),
    );
  });

  it('accepts generated months and names the path of an error', () => {
    const p = generateMonth({ kind: 'special', leaders: 12, seed: 3 });
    expect(validateProblem(p).issues).toEqual([]);
    const bad = JSON.parse(JSON.stringify(p)) as { people: { unavailable: { date: string }[] }[] };
    bad.people[2].unavailable = [{ date: '2026-13-45x' }];
    const { issues } = validateProblem(bad);
    expect(issues.map((i) => formatPath(i.path))).toContain('people[2].unavailable[0].date');
  });

  it('rejects references to unknown people and dates', () => {
    const p = generateMonth({ kind: 'normal', leaders: 12, seed: 3 });
    p.pins = [{ date: '2027-01-01', shift: 'AM', personId: 'nobody' }];
    const paths = validateProblem(p).issues.map((i) => formatPath(i.path));
    expect(paths).toEqual(['pins[0].date', 'pins[0].personId']);
  });
});
