/** Texts of the statements every award, redemption or lookup sends, by the name they are prepared under. */
const preparedNames = new Map<string, string>();

/**
 * Marks a statement's text (a constant: the same text on every call) as prepared: the database
 * client sends it as a named prepared statement, parsed and planned once per connection instead
 * of on every request. For the statements of the hot paths only: each holds a little memory on
 * every connection of the pool.
 */
export function prepared(text: string): string {
  if (!preparedNames.has(text)) preparedNames.set(text, `p${preparedNames.size + 1}`);
  return text;
}

/** The name `text` is prepared under, if it was marked with `prepared`. */
export function preparedName(text: string): string | undefined {
  return preparedNames.get(text);
}

/** How many texts are marked prepared: a number that must stop growing once every shape of statement has run. */
export function preparedCount(): number {
  return preparedNames.size;
}
