import { stdSerializers } from 'pino';

/**
 * What the logs may hold of a request or an error. Logs cannot be erased with a customer's data, so they never
 * hold it: no customer name, e-mail, phone, street, and no tracking token (it opens the order's export, erase
 * and cancel).
 */

// The path segment after these is a tracking token: /orders/track/<token>, /s/<store>/confirmation/<token>.
const TOKEN_IN_PATH = /(\/(?:track|confirmation)\/)[^/?#]+/g;
const EMAIL = /[^\s"'<>()[\],;:/?=&]+@[^\s"'<>()[\],;:/?=&]+\.[a-z]{2,}/gi;
// Query keys whose values are about a person, whatever they look like.
const PERSONAL_KEYS = /^(to|email|e-mail|name|phone|customer|token|q)$/i;

/** A URL as request logs show it: tracking tokens and personal query values replaced by placeholders. */
export function loggableUrl(url: string): string {
  const [path, query] = splitOnce(url, '?');
  const safePath = path.replace(TOKEN_IN_PATH, '$1[token]');
  if (query === undefined) return safePath;
  const params = query.split('&').map((pair) => {
    const [key, value] = splitOnce(pair, '=');
    if (value === undefined) return key;
    const personal = PERSONAL_KEYS.test(decode(key)) || decode(value).includes('@');
    return `${key}=${personal ? '[redacted]' : value}`;
  });
  return `${safePath}?${params.join('&')}`;
}

// What a database error carries of the row it refused: the statement's parameters and PostgreSQL's detail
// ("Failing row contains (...)", "Key (email)=(...)"); the constraint, table, column and code stay.
const ROW_CONTENT = new Set(['parameters', 'detail', 'where', 'internalQuery', 'hint']);

/**
 * pino's error serializer, minus what an error may carry of a customer: a database error's parameters and
 * row detail are dropped, e-mail addresses and tracking tokens in any message or stack are replaced.
 */
export function loggableError(error: unknown): unknown {
  const serialized = error instanceof Error ? stdSerializers.err(error) : error;
  return scrub(serialized, 0);
}

function scrub(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return value.replace(EMAIL, '[email]').replace(TOKEN_IN_PATH, '$1[token]');
  if (!value || typeof value !== 'object' || depth > 4) return value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !ROW_CONTENT.has(key))
      .map(([key, item]) => [key, scrub(item, depth + 1)]),
  );
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
