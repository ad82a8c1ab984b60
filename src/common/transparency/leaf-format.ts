/**
 * The canonical byte form of a log leaf, version 1 (docs/transparency.md): UTF-8 text, one field
 * a line, `name value`, fields in a fixed order, a field that is NULL left out, the text of free-text
 * fields escaped (`\` → `\\`, line feed → `\n`, carriage return → `\r`), every line ending in a line
 * feed. The first line names the format, the second the kind of row:
 *
 *     moral-bank leaf v1
 *     type transaction
 *     id 1234
 *     …
 *     posting 88 holder:17 5 105
 *     posting 12 issuance -5
 *
 * The database writes the same text when it appends a leaf (the triggers of the
 * TransparencyLog migration); the verifier rebuilds it from the rows with this module, and the
 * door page reads the lines of a household's own transactions back with `parseLeaf`.
 */

export const LEAF_FORMAT = 'moral-bank leaf v1';

export const LEAF_KINDS = ['transaction', 'procedure_event', 'rule_version', 'rule_adoption', 'ranking_run'] as const;
export type LeafKind = (typeof LEAF_KINDS)[number];

/** One field: its name and its value (null leaves the line out). */
export type LeafField = readonly [name: string, value: string | number | bigint | boolean | null | undefined];

export function escapeValue(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

export function unescapeValue(v: string): string {
  return v.replace(/\\(\\|n|r)/g, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'));
}

/** The canonical text of a leaf. */
export function leafText(kind: LeafKind, fields: readonly LeafField[]): string {
  let out = `${LEAF_FORMAT}\ntype ${kind}\n`;
  for (const [name, value] of fields) {
    if (value === null || value === undefined) continue;
    out += `${name} ${escapeValue(String(value))}\n`;
  }
  return out;
}

export function leafBytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export interface ParsedLeaf {
  kind: string;
  /** Every field in order (a name may repeat: `posting`). */
  fields: [string, string][];
  get(name: string): string | null;
  all(name: string): string[];
}

/** Reads a leaf's text back; null if it is not in this format. */
export function parseLeaf(text: string): ParsedLeaf | null {
  const lines = text.split('\n');
  if (lines[0] !== LEAF_FORMAT || lines[lines.length - 1] !== '') return null;
  const fields: [string, string][] = [];
  for (const line of lines.slice(1, -1)) {
    const space = line.indexOf(' ');
    if (space <= 0) return null;
    fields.push([line.slice(0, space), unescapeValue(line.slice(space + 1))]);
  }
  if (fields[0]?.[0] !== 'type') return null;
  return {
    kind: fields[0][1],
    fields,
    get: (name) => fields.find(([n]) => n === name)?.[1] ?? null,
    all: (name) => fields.filter(([n]) => n === name).map(([, v]) => v),
  };
}

/** One `posting` line of a transaction leaf: `<account> <kind>[:<holder>] <amount> [<balance after>]`. */
export interface LeafPosting {
  accountId: string;
  accountKind: string;
  holderId: number | null;
  amount: number;
  balanceAfter: number | null;
}

export function postingLine(p: LeafPosting): string {
  const owner = p.holderId === null ? p.accountKind : `${p.accountKind}:${p.holderId}`;
  return `${p.accountId} ${owner} ${p.amount}${p.balanceAfter === null ? '' : ` ${p.balanceAfter}`}`;
}

export function parsePosting(line: string): LeafPosting | null {
  const m = /^(\d+) ([a-z]+)(?::(\d+))? (-?\d+)(?: (-?\d+))?$/.exec(line);
  if (!m) return null;
  return {
    accountId: m[1],
    accountKind: m[2],
    holderId: m[3] === undefined ? null : Number(m[3]),
    amount: Number(m[4]),
    balanceAfter: m[5] === undefined ? null : Number(m[5]),
  };
}
