/** The most characters of a client's input an error message repeats; the rest is cut and its length said. */
export const QUOTE_LIMIT = 40;

/**
 * At most `max` characters of `text`, cut at a character boundary, with "…" and the full length when cut: an error
 * that repeats input (a 5 MB CSV cell, a parser's message holding it) stays a short sentence.
 */
export function excerpt(text: string, max = QUOTE_LIMIT): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text[max - 1]) ? max - 1 : max;
  return `${text.slice(0, end)}… (${text.length.toLocaleString('en-US')} characters)`;
}

/** A client's value quoted in a message: `"BK-ROAD-54"`, or a cut excerpt of a long one (see excerpt). */
export function quoted(value: unknown, max = QUOTE_LIMIT): string {
  // A JSON body's value may be anything: a number reads as itself, a list or object as its JSON.
  const text = typeof value === 'string' ? value : value === null || value === undefined ? '' : (JSON.stringify(value) ?? '');
  if (text.length <= max) return `"${text}"`;
  const cut = excerpt(text, max);
  const at = cut.lastIndexOf('… (');
  return `"${cut.slice(0, at)}…"${cut.slice(at + 1)}`;
}
