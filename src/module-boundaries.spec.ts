import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

/**
 * The import-boundary rule of eslint.config.mjs ("Module boundaries") matches import paths as
 * written, per depth below src/. These cases prove it still catches a breach, so a change to the
 * patterns (or a new folder depth) cannot quietly turn it off; `npm run lint` applies it to the tree.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function breaches(file: string, code: string): Promise<string[]> {
  const { default: config } = await import(join(root, 'eslint.config.mjs'));
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    baseConfig: config,
    // Only the boundary rule, without type information: a file that does not exist is enough.
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
    ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
  });
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const blocked = expect.arrayContaining([expect.stringMatching(/^no-restricted-imports/)]);

describe('module boundaries (eslint.config.mjs)', () => {
  it.each([
    ['src/feeds/breach.ts', "import { Leader } from '../org/leader.entity.js';"],
    ['src/feeds/breach.ts', "import type { AuthUser } from '../auth/auth-user.js';"],
    ['src/feeds/breach.ts', "export { LeadersService } from '../org/leaders.service.js';"],
    ['src/appointments/walk-ins/breach.ts', "import { Unit } from '../../org/unit.entity.js';"],
    ['src/app.module.ts', "import { RosterModule } from './roster/roster.module.js';"],
    ['src/feeds/breach.spec.ts', "import { Roster } from '../roster/roster.entity.js';"],
    ['src/feeds/breach.ts', "import { dateOf } from '../solver/testing.js';"],
    ['src/feeds/breach.ts', "import { authConfigShape } from '../auth/auth.config.js';"],
    ['src/org/breach.ts', "import { LeadersService } from './index.js';"],
    ['src/appointments/walk-ins/breach.ts', "import { CasesService } from '../index.js';"],
    ['src/roster/breach.ts', "import { AppModule } from '../app.module.js';"],
  ])('%s: %s is a breach', async (file, code) => {
    expect(await breaches(file, code)).toEqual(blocked);
  });

  it.each([
    ['src/feeds/ok.ts', "import { LeadersService, type Leader } from '../org/index.js';"],
    ['src/appointments/walk-ins/ok.ts', "import { Unit } from '../../org/index.js';"],
    ['src/appointments/walk-ins/ok.ts', "import { PiiCrypto } from '../pii/pii-crypto.js';"],
    ['src/feeds/ok.ts', "import { AppError } from '../common/app-error.js';"],
    ['src/app.module.ts', "import { RosterModule } from './roster/index.js';"],
    ['src/appointments/ok.ts', "import { solveMatching } from '../solver/matching/index.js';"],
    ['src/config/ok.ts', "import { authConfigShape } from '../auth/auth.config.js';"],
    ['src/roster/ok.spec.ts', "import { dateOf } from '../solver/testing.js';"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await breaches(file, code)).toEqual([]);
  });

  it('covers every file: no folder deeper than the patterns, and every module has its entry point', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.ts')) files.push(relative(join(root, 'src'), path));
      }
    };
    walk(join(root, 'src'));
    const deepest = Math.max(...files.map((f) => f.split('/').length - 1));
    expect(deepest).toBeLessThanOrEqual(3);
    const modules = readdirSync(join(root, 'src')).filter(
      (name) => name !== 'common' && statSync(join(root, 'src', name)).isDirectory(),
    );
    const withoutEntry = modules.filter((m) => !files.includes(`${m}/index.ts`));
    expect(withoutEntry).toEqual([]);
  });
});
