import { createRequire } from 'node:module';

/** pg's own conversion of a parameter to the text it sends (arrays, dates, JSON as pg writes them). */
const { prepareValue, escapeLiteral } = createRequire(import.meta.url)('pg/lib/utils.js') as {
  prepareValue: (value: unknown) => string | Buffer | null;
  /** '…' with quotes doubled; E'…' with backslashes doubled when there are any. */
  escapeLiteral: (value: string) => string;
};

/**
 * The statement `text` with its parameters $1…$n written in as quoted literals, or null when that
 * cannot be done safely. A quoted literal has no type of its own (like a parameter sent without
 * one), so the server infers the same types as for the parameters: `'7'::int[]`, `= ANY('{1,2}')`,
 * `LIMIT '5'` mean what `$1` meant. Refused (null): binary values, and texts whose parameters
 * cannot be told apart from their literals (dollar quotes, comments, backslash escapes).
 */
export function inlineParams(text: string, values: readonly unknown[]): string | null {
  // E'…' strings escape with backslashes: a quote in one cannot be told from its end here.
  if (text.includes('\\')) return null;
  const literals: string[] = [];
  for (const value of values) {
    const prepared = prepareValue(value);
    if (prepared === null) literals.push('NULL');
    else if (typeof prepared === 'string' && !prepared.includes('\0')) literals.push(escapeLiteral(prepared));
    else return null;
  }
  let out = '';
  for (let i = 0; i < text.length;) {
    const c = text[i];
    if (c === "'" || c === '"') {
      // A quoted literal or identifier, copied whole ('' and "" stay inside).
      let j = i + 1;
      for (; j < text.length; j++) {
        if (text[j] === c) {
          if (text[j + 1] === c) j++;
          else break;
        }
      }
      if (j >= text.length) return null;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '$') {
      const digits = /^\$(\d+)/.exec(text.slice(i));
      if (!digits || /[\w$]/.test(text[i - 1] ?? '')) return null; // a dollar quote, or a $ inside a name
      const n = Number(digits[1]);
      if (n < 1 || n > literals.length) return null;
      out += literals[n - 1];
      i += digits[0].length;
    } else if ((c === '-' && text[i + 1] === '-') || (c === '/' && text[i + 1] === '*')) {
      return null;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
