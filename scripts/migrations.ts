/**
 * Migration commands: `run`, `revert`, `check` (fails when entities and migrations drift)
 * and `generate <Name>` (writes the drift as a new migration to review by hand).
 */
import { writeFileSync } from 'node:fs';
import { createDataSource } from '../src/database/data-source.js';
import { schemaDrift } from '../src/database/drift.js';
import { resolveRuntime } from '../src/config/runtime.js';

async function main(): Promise<number> {
  const [command, name] = process.argv.slice(2);
  const runtime = await resolveRuntime({ ...process.env, REDIS_URL: 'none' });
  const url = runtime.config.database.url;
  try {
    switch (command) {
      case 'run':
      case 'revert': {
        const ds = createDataSource(url, { logging: ['migration'] });
        await ds.initialize();
        try {
          if (command === 'run') {
            const done = await ds.runMigrations();
            console.log(done.length ? `Applied: ${done.map((m) => m.name).join(', ')}` : 'Nothing to migrate.');
          } else {
            await ds.undoLastMigration();
          }
        } finally {
          await ds.destroy();
        }
        return 0;
      }
      case 'check': {
        const drift = await schemaDrift(url);
        if (drift.up.length === 0) {
          console.log('Entities and migrations agree.');
          return 0;
        }
        console.error('Entities and migrations have drifted; a migration would need:');
        for (const q of drift.up) console.error(`  ${q};`);
        return 1;
      }
      case 'generate': {
        if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
          console.error('Usage: npm run migration:generate -- <PascalCaseName>');
          return 2;
        }
        const drift = await schemaDrift(url);
        if (drift.up.length === 0) {
          console.log('No changes.');
          return 0;
        }
        const ts = Date.now();
        const quote = (q: string) => `    await q.query(${JSON.stringify(q)});`;
        const file = `migrations/${ts}-${name}.ts`;
        writeFileSync(
          file,
          `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${ts} implements MigrationInterface {\n  name = '${name}${ts}';\n\n  async up(q: QueryRunner): Promise<void> {\n${drift.up.map(quote).join('\n')}\n  }\n\n  async down(q: QueryRunner): Promise<void> {\n${drift.down.reverse().map(quote).join('\n')}\n  }\n}\n`,
        );
        console.log(`Wrote ${file}; review it and add it to migrations/index.ts.`);
        return 0;
      }
      default:
        console.error('Usage: migrations <run|revert|check|generate Name>');
        return 2;
    }
  } finally {
    await runtime.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
