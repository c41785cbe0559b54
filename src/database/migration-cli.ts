/**
 * npm run migration:generate -- Name | migration:run | migration:revert
 * Uses DATABASE_URL, or the embedded database in DATA_DIR when it is not set.
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/index.js';
import { dataSourceOptions } from './data-source-options.js';
import { startEmbeddedDatabase } from './embedded-postgres.js';
import { runMigrationsLocked } from './migrate.js';

function migrationSource(className: string, up: string[], down: string[]): string {
  const lines = (qs: string[]) =>
    qs.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

/** Adds the new class to the ordered MIGRATIONS list. */
function registerMigration(indexFile: string, className: string, specifier: string): void {
  const source = readFileSync(indexFile, 'utf8')
    .replace(/^(import [^\n]+\n)(?!import)/m, `$1import { ${className} } from '${specifier}';\n`)
    .replace(/,?\s*\];\s*$/, `, ${className}];\n`);
  writeFileSync(indexFile, source);
}

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  const config = loadConfig();
  const embedded = config.DATABASE_URL
    ? undefined
    : await startEmbeddedDatabase({ dataDir: config.DATA_DIR });
  const dataSource = new DataSource(dataSourceOptions(config.DATABASE_URL ?? embedded!.url));
  await dataSource.initialize();
  try {
    switch (command) {
      case 'run': {
        const applied = await runMigrationsLocked(dataSource);
        console.log(applied.length ? `applied: ${applied.join(', ')}` : 'no pending migrations');
        break;
      }
      case 'revert':
        await dataSource.undoLastMigration({ transaction: 'each' });
        console.log('reverted the last migration');
        break;
      case 'generate': {
        if (!name || !/^[A-Za-z][A-Za-z0-9]*$/.test(name)) {
          throw new Error('usage: npm run migration:generate -- CamelCaseName');
        }
        await runMigrationsLocked(dataSource);
        const sql = await dataSource.driver.createSchemaBuilder().log();
        if (sql.upQueries.length === 0) {
          console.log('entities and migrations agree: nothing to generate');
          break;
        }
        const timestamp = Date.now();
        const className = `${name}${timestamp}`;
        const dir = join(process.cwd(), 'src', 'database', 'migrations');
        const file = join(dir, `${timestamp}-${name}.ts`);
        const up = sql.upQueries.map((q) => q.query);
        const down = sql.downQueries.map((q) => q.query).reverse();
        writeFileSync(file, migrationSource(className, up, down));
        registerMigration(join(dir, 'index.ts'), className, `./${timestamp}-${name}.js`);
        console.log(`wrote ${file} and listed it in migrations/index.ts; run npm run format`);
        break;
      }
      default:
        throw new Error('usage: migration-cli.ts generate <Name> | run | revert');
    }
  } finally {
    await dataSource.destroy();
    await embedded?.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
