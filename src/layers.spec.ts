import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The module order docs/development.md's layout table gives: a module imports only from modules
 * before it in this list (specs, which may set up a database, aside).
 */
const LAYERS = [
  'common',
  'config',
  'jobs',
  'transparency',
  'regions',
  'users',
  'households',
  'evidence',
  'programs',
  'ledger',
  'publicity',
  'awards',
  'claims',
  'stores',
  'notifications',
  'announcements',
  'integration',
  'auth',
  'audit',
  'rankings',
  'views',
  'health',
  'admin',
  'database',
  'demo',
];

const SRC = dirname(fileURLToPath(import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [join(dir, e.name)] : [],
  );
}

describe('module layers', () => {
  it('has no module importing from a module after it', () => {
    const upward: string[] = [];
    for (const file of sources(SRC)) {
      const own = relative(SRC, file).split('/')[0];
      if (!LAYERS.includes(own)) continue;
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
        const target = relative(SRC, normalize(join(dirname(file), spec))).split('/')[0];
        if (LAYERS.includes(target) && LAYERS.indexOf(target) > LAYERS.indexOf(own)) upward.push(`${relative(SRC, file)} imports ${spec}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('names every module folder', () => {
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.filter((f) => !LAYERS.includes(f))).toEqual([]);
  });
});
