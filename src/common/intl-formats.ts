/**
 * Intl formatters made once per locale and options, then reused: making one costs tens of µs, formatting with
 * it about 1 µs, and a page formats hundreds of amounts and dates. Kept per process; at most MAX_FORMATTERS (a
 * flood of distinct time zones or locales starts the cache again rather than growing it).
 */
const MAX_FORMATTERS = 1000;
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

function reused<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(
  kind: string,
  locale: string,
  options: object,
  make: () => T,
): T {
  const key = `${kind} ${locale} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // An unknown locale or time zone throws here, as `new Intl…` would, and nothing is kept.
    formatter = make();
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter as T;
}

/** `new Intl.NumberFormat(locale, options)`, made once. */
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  reused('number', locale, options, () => new Intl.NumberFormat(locale, options));

/** `new Intl.DateTimeFormat(locale, options)`, made once. */
export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  reused('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

/** `new Intl.PluralRules(locale)`, made once. */
export const pluralRules = (locale: string): Intl.PluralRules => reused('plural', locale, {}, () => new Intl.PluralRules(locale));
