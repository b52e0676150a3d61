import { numberFormat, pluralRules } from './intl-formats';

/**
 * A count with its noun in the right number for the locale's plural rules: (1, 'order', 'orders') → "1 order",
 * (3, ...) → "3 orders". English needs only the two forms; the number is written in the locale's digits.
 */
export function countOf(count: number, one: string, other: string, locale = 'en-US'): string {
  const noun = pluralRules(locale).select(count) === 'one' ? one : other;
  return `${numberFormat(locale).format(count)} ${noun}`;
}
