import { seededRandom } from '../../src/demo/demo-names.js';
import type { TestApp } from './test-app.js';

/**
 * The pieces of the OpenAPI-driven fuzz test (test/fuzz.e2e-spec.ts): seeded choices, malformed
 * values chosen by a field's documented schema, requests built from raw JSON text, and a
 * snapshot of every table that a refused request must leave as it was.
 */

/** Choices made with a seeded PRNG (the demo's mulberry32), so a seed printed on failure gives the same cases again. */
export class Rng {
  private readonly next: () => number;
  constructor(readonly seed: number) {
    this.next = seededRandom(seed);
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  /** Up to `k` distinct elements, in random order. */
  sample<T>(xs: readonly T[], k: number): T[] {
    const pool = [...xs];
    const out: T[] = [];
    while (out.length < k && pool.length > 0) out.push(pool.splice(this.int(pool.length), 1)[0]);
    return out;
  }
}

/** A JSON number that JavaScript cannot hold exactly, written into the body as it is. */
export class RawNumber {
  constructor(readonly text: string) {}
}

/** JSON text of a value that may hold RawNumbers (9007199254740993 stays 9007199254740993). */
export function toJson(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_, v: unknown) => (v instanceof RawNumber ? `\u0001${raws.push(v.text) - 1}\u0001` : v));
  return text.replace(/"\\u0001(\d+)\\u0001"/g, (_, i: string) => raws[Number(i)]);
}

/** The parts of a schema in /docs-json that the fuzzer reads. */
export interface Schema {
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  $ref?: string;
  allOf?: Schema[];
}

/** A schema with its `$ref` and single `allOf` resolved against the document's components. */
export function resolve(schema: Schema, components: Record<string, Schema>): Schema {
  if (schema.$ref) return resolve(components[schema.$ref.split('/').pop()!], components);
  if (schema.allOf?.length === 1) return { ...resolve(schema.allOf[0], components), nullable: schema.nullable };
  return schema;
}

const nested = (depth: number, leaf: string, open: string, close: string) => open.repeat(depth) + leaf + close.repeat(depth);
/** JSON text of objects nested `depth` levels deep. */
export const deepObject = (depth: number): string => nested(depth, '1', '{"a":', '}');
/** JSON text of arrays nested `depth` levels deep. */
export const deepArray = (depth: number): string => nested(depth, '', '[', ']');

const LONG = 'x'.repeat(10_001);
const LONG_CJK = '积'.repeat(10_001);
const LONG_EMOJI = '😀'.repeat(5_001);
const NUL_STRINGS = ['\u0000', 'a\u0000b', '张\u0000三', '😀\u0000'];
const ID_LIKE = /(^id$|Id$|^before$|^cursor$)/;
const ID_STRINGS = ['abc', '0', '-1', '1.5', '1e3', ' 7', '0x10', '99999999999999999999', '9223372036854775808'];

/** Values no field of this schema accepts: wrong types, out of range, too long, with NUL characters. */
export function invalidValues(name: string, s: Schema): unknown[] {
  const out: unknown[] = [{ $gt: '' }, { a: { b: { c: 1 } } }];
  if (!s.nullable) out.push(null);
  const type = s.format === 'date-time' ? 'date-time' : (s.type ?? 'string');
  if (type !== 'array') out.push([], [[[]]]);
  switch (type) {
    case 'integer':
    case 'number': {
      out.push('1', 'abc', '', true, false, 1.5, 1e308, -1e308, new RawNumber('9007199254740993'), new RawNumber('1e400'), '1e3');
      if (s.maximum === undefined) out.push(2147483648, 99999999999);
      else out.push(s.maximum + 1, s.maximum < 2147483647 ? 2147483648 : 9007199254740992);
      if (s.minimum === undefined || s.minimum >= 0) out.push(-1, -2147483649);
      if (s.minimum !== undefined) out.push(s.minimum - 1);
      if (s.minimum !== undefined && s.minimum >= 1) out.push(0);
      break;
    }
    case 'boolean':
      out.push('true', 1, 0, 'yes', 1.5);
      break;
    case 'date-time':
      out.push(
        true,
        false,
        -1,
        0,
        1.5,
        1e308,
        '',
        'yesterday',
        '2026-13-45',
        '2026-02-31T00:00:00Z',
        '+275760-09-13',
        LONG,
        ...NUL_STRINGS,
      );
      break;
    case 'array':
      out.push('x', 1, true, {}, [null], [LONG], ['\u0000']);
      break;
    case 'object':
      out.push('x', 1, true, [{}], LONG);
      break;
    default: {
      out.push(123, true, 1.5, LONG, LONG_CJK, LONG_EMOJI, ...NUL_STRINGS);
      if (s.enum) out.push('NOPE', String(s.enum[0]).toUpperCase() + '😀', ` ${String(s.enum[0])}`);
      const pattern = s.pattern ? new RegExp(s.pattern) : null;
      const candidates = ID_LIKE.test(name) ? ID_STRINGS : pattern ? ['abc', '-1', '1.5', '99999999999999999999', '😀', ' '] : [];
      out.push(...candidates.filter((v) => !pattern?.test(v)));
    }
  }
  return out;
}

/** Values of a query parameter (URL-encoded where need be) that no parameter of this schema accepts. */
export function invalidQueryValues(name: string, s: Schema): string[] {
  const text = ['%00', 'a%00', 'x'.repeat(10_000)];
  const type = s.format === 'date-time' ? 'date-time' : (s.type ?? 'string');
  switch (type) {
    case 'integer':
    case 'number': {
      const out = [
        'abc',
        '1.5',
        '1e3',
        '0x10',
        '%201',
        '',
        'true',
        '99999999999999999999',
        '1e308',
        String((s.maximum ?? 2147483647) + 1),
        ...text,
      ];
      if (s.minimum !== undefined) out.push(String(s.minimum - 1));
      return out;
    }
    case 'date-time':
      return ['0', '1.5', 'true', 'yesterday', '2026-13-45', '2026-02-31', '%2B275760-09-13', ...text];
    default: {
      const out = [...text];
      if (s.enum) out.push('nope', `${String(s.enum[0])}%00`, String(s.enum[0]).toUpperCase());
      if (ID_LIKE.test(name)) out.push(...ID_STRINGS.map(encodeURIComponent));
      return out;
    }
  }
}

/** Where a value sits in a body: `lines.0.sku`, `cap.points`. */
export type FieldPath = (string | number)[];

/** Each field of a body schema that the base body lets us reach, with its schema: nested objects and the first element of arrays included. */
export function fieldsOf(
  schema: Schema,
  base: unknown,
  components: Record<string, Schema>,
  at: FieldPath = [],
): { path: FieldPath; schema: Schema }[] {
  const s = resolve(schema, components);
  const out: { path: FieldPath; schema: Schema }[] = [];
  for (const [name, raw] of Object.entries(s.properties ?? {})) {
    const prop = resolve(raw, components);
    const path = [...at, name];
    out.push({ path, schema: prop });
    const value = (base as Record<string, unknown> | undefined)?.[name];
    if (prop.type === 'array' && prop.items && Array.isArray(value) && value.length > 0) {
      const item = resolve(prop.items, components);
      out.push({ path: [...path, 0], schema: { ...item, nullable: false } });
      if (item.properties) out.push(...fieldsOf(item, value[0], components, [...path, 0]));
    } else if (prop.properties && value && typeof value === 'object') {
      out.push(...fieldsOf(prop, value, components, path));
    }
  }
  return out;
}

/** A deep copy of `base` with `value` at `path`. */
export function withValue(base: unknown, path: FieldPath, value: unknown): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
  return copy;
}

/** Tables whose rows change by design while requests fail: the audit trail records every attempt. */
const UNWATCHED_TABLES = ['audit_log'];
/** Columns stamped by design on every request of a caller: a kiosk's last use (to the minute). */
const UNWATCHED_COLUMNS: Record<string, string[]> = { devices: ['last_used_at'] };

/** A digest of every row of every table of the public schema (but the unwatched), by table. */
export async function tableDigests(t: TestApp): Promise<Record<string, string>> {
  const tables = (await t.db.query(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  )) as { name: string }[];
  const parts = tables
    .filter(({ name }) => !UNWATCHED_TABLES.includes(name))
    .map(({ name }) => {
      const row = `(to_jsonb(x)${(UNWATCHED_COLUMNS[name] ?? []).map((c) => ` - '${c}'`).join('')})::text`;
      return `SELECT '${name}' AS name, count(*)::int AS n, md5(coalesce(string_agg(${row}, ',' ORDER BY ${row}), '')) AS digest FROM "${name}" x`;
    });
  const rows = (await t.db.query(parts.join(' UNION ALL '))) as { name: string; n: number; digest: string }[];
  return Object.fromEntries(rows.map((r) => [r.name, `${r.n}:${r.digest}`]));
}

/** The tables whose digest differs between two snapshots. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((k) => before[k] !== after[k]);
}

/** Runs `work` on every item, at most `limit` at a time. */
export async function inPool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const runner = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, runner));
}
