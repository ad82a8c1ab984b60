import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Who owns each table: the module whose folder declares its entity (and whose migrations made it).
 * The write side names only its own module's tables in SQL; whatever joins tables of several
 * modules is a read and lives in `views/`, at the top of the layers (see layers.spec.ts and
 * docs/development.md).
 */
const OWNERS: Record<string, string> = {
  installation: 'database',
  idempotency_keys: 'common',
  log_trees: 'transparency',
  log_leaves: 'transparency',
  log_nodes: 'transparency',
  log_keys: 'transparency',
  tree_heads: 'transparency',
  regions: 'regions',
  users: 'users',
  households: 'households',
  household_members: 'households',
  household_pins: 'households',
  household_imports: 'households',
  staff_declarations: 'households',
  evidence: 'evidence',
  programs: 'programs',
  rules: 'programs',
  rule_versions: 'programs',
  rule_exclusions: 'programs',
  rule_adoptions: 'programs',
  period_closures: 'programs',
  accounts: 'ledger',
  transactions: 'ledger',
  postings: 'ledger',
  cap_usage: 'ledger',
  lots: 'ledger',
  lot_moves: 'ledger',
  sanctions: 'ledger',
  messages: 'notifications',
  notification_channels: 'notifications',
  message_deliveries: 'notifications',
  household_contacts: 'notifications',
  announcements: 'announcements',
  api_clients: 'integration',
  api_client_secrets: 'integration',
  integration_requests: 'integration',
  integration_events: 'integration',
  event_mappings: 'integration',
  notices: 'publicity',
  objections: 'publicity',
  procedure_events: 'publicity',
  claims: 'claims',
  claim_evidence: 'claims',
  stores: 'stores',
  store_items: 'stores',
  stock_movements: 'stores',
  item_limit_usage: 'stores',
  devices: 'stores',
  redemptions: 'stores',
  redemption_lines: 'stores',
  refunds: 'stores',
  settlements: 'stores',
  receipt_counters: 'stores',
  security_alarms: 'auth',
  audit_log: 'audit',
  ranking_runs: 'rankings',
  ranking_entries: 'rankings',
  allocation_plans: 'rankings',
};

/**
 * The region tree is the one shared reference: every module scopes its rows by a region's
 * materialised path, so any module may read `regions` (only `regions/` writes it).
 */
const SHARED_READS = new Set(['regions']);

/** Modules whose SQL may join anything: the read side, and the demo, which fabricates a county's history. */
const READ_SIDE = new Set(['views', 'demo']);

const SRC = dirname(fileURLToPath(import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [join(dir, e.name)] : [],
  );
}

/** The entity classes of each table, read from the `@Entity('table')` declarations. */
function entities(): { table: string; className: string; module: string }[] {
  const found: { table: string; className: string; module: string }[] = [];
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/@Entity\(\s*(?:\{\s*name:\s*)?'([a-z_]+)'/g)) {
      const className = /export class (\w+)/.exec(text.slice(m.index))?.[1];
      if (className) found.push({ table: m[1], className, module: relative(SRC, file).split('/')[0] });
    }
  }
  return found;
}

/**
 * The foreign tables a file of `module` names: in SQL (any string or template literal) after
 * FROM, JOIN, UPDATE, INTO, TABLE or DELETE FROM, and through TypeORM calls on another module's
 * entity class (`getRepository(Claim)`, `m.insert(Notice, …)`).
 */
export function foreignTables(module: string, text: string, entityModules: Map<string, string>): string[] {
  if (READ_SIDE.has(module)) return [];
  const found = new Set<string>();
  for (const m of text.matchAll(/`([^`]*)`|'([^'\n]*)'|"([^"\n]*)"/g)) {
    const sql = m[1] ?? m[2] ?? m[3];
    for (const [, verb, table] of sql.matchAll(/\b(FROM|JOIN|UPDATE|INTO|TABLE)\s+([a-z_][a-z0-9_]*)\b/gi)) {
      const owner = OWNERS[table];
      if (owner === undefined || owner === module) continue;
      const write = /^(UPDATE|INTO|TABLE)$/i.test(verb) || new RegExp(`DELETE\\s+FROM\\s+${table}\\b`, 'i').test(sql);
      if (SHARED_READS.has(table) && !write) continue;
      found.add(table);
    }
  }
  for (const [, className] of text.matchAll(
    /(?:getRepository|createQueryBuilder|\.(?:insert|update|delete|upsert|save|find\w*|count\w*|exists\w*))\(\s*([A-Z]\w*)\b/g,
  )) {
    const owner = entityModules.get(className);
    if (owner !== undefined && owner !== module) found.add(className);
  }
  return [...found].sort();
}

describe('table ownership', () => {
  const declared = entities();
  const entityModules = new Map(declared.map((e) => [e.className, e.module]));

  it('maps every entity table to the module that declares it', () => {
    expect(declared.length).toBeGreaterThan(30);
    const disagreements = declared
      .filter((e) => OWNERS[e.table] !== e.module)
      .map((e) => `${e.table}: map says ${OWNERS[e.table]}, ${e.className} lives in ${e.module}`);
    expect(disagreements).toEqual([]);
    const unknown = Object.keys(OWNERS).filter((t) => !declared.some((e) => e.table === t));
    expect(unknown).toEqual([]);
  });

  it('has no write-side file naming another module’s table', () => {
    const crossings: string[] = [];
    for (const file of sources(SRC)) {
      const module = relative(SRC, file).split('/')[0];
      const tables = foreignTables(module, readFileSync(file, 'utf8'), entityModules);
      if (tables.length > 0) crossings.push(`${relative(SRC, file)} names ${tables.join(', ')}`);
    }
    expect(crossings).toEqual([]);
  });

  it('catches the reads that once went up the layers', () => {
    const cases: [string, string, string[]][] = [
      [
        'ledger',
        'const sql = `SELECT n.id FROM notices n JOIN claim_evidence ce ON ce.claim_id = n.claim_id LEFT JOIN devices d ON d.id = t.device_id`;',
        ['claim_evidence', 'devices', 'notices'],
      ],
      ['programs', 'await m.query(`SELECT count(*) FROM notices WHERE program_id = $1`);', ['notices']],
      [
        'households',
        "await this.db.query('SELECT a.balance FROM accounts a JOIN programs p ON p.id = a.program_id');",
        ['accounts', 'programs'],
      ],
      [
        'evidence',
        'await this.db.query(`SELECT 1 FROM claim_evidence ce JOIN claims c ON c.id = ce.claim_id`);',
        ['claim_evidence', 'claims'],
      ],
      ['publicity', 'await m.query(`SELECT a.id FROM accounts a WHERE a.kind = $1 FOR UPDATE`);', ['accounts']],
      ['programs', 'await m.getRepository(Notice).find();', ['Notice']],
      ['users', "await m.query('UPDATE regions SET name = $1');", ['regions']],
    ];
    for (const [module, text, expected] of cases) expect(foreignTables(module, text, entityModules)).toEqual(expected);
    // Its own tables, and reading the region tree, are fine.
    expect(
      foreignTables('ledger', 'await m.query(`SELECT a.id FROM accounts a JOIN regions r ON r.id = a.region_id`);', entityModules),
    ).toEqual([]);
    expect(foreignTables('views', 'SELECT 1 FROM notices JOIN accounts', entityModules)).toEqual([]);
  });
});
