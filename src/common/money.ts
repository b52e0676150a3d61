import { code as iso4217, codes } from 'currency-codes';
import { ValueTransformer } from 'typeorm';
import { numberFormat } from './intl-formats';

/**
 * The largest order total (and so payout) taken, in minor units of the order's currency: $100,000,000.00,
 * ¥10,000,000,000, 10,000,000.000 KWD. Money columns are 64-bit; this keeps every sum well inside the
 * integers a JavaScript number holds exactly (2^53).
 */
export const MAX_ORDER_TOTAL_MINOR = 10_000_000_000;

/** Every current ISO 4217 code: the currencies a store may sell in. */
export const CURRENCY_CODES: readonly string[] = codes();

/** Exponents looked up so far (the ISO 4217 table is searched from its start on each lookup). */
const exponents = new Map<string, number>();

/** The ISO 4217 minor-unit exponent: USD 2, JPY 0, KWD 3. Throws on a code ISO 4217 does not list. */
export function currencyExponent(currency: string): number {
  const code = currency.toUpperCase();
  let digits = exponents.get(code);
  if (digits === undefined) {
    const entry = iso4217(code);
    if (!entry) throw new RangeError(`${currency} is not an ISO 4217 currency code`);
    digits = entry.digits;
    exponents.set(code, digits);
  }
  return digits;
}

/**
 * "1.29" USD → 129, "190" JPY → 190, "0.4" KWD → 400. An amount with more decimals than the currency is null,
 * or with `round`, rounded half up to its minor unit ("1.29" JPY → 1). Null for anything but a plain amount.
 */
export function majorToMinor(amount: string, currency: string, round = false): number | null {
  const exponent = currencyExponent(currency);
  const match = /^(\d{1,12})(?:\.(\d+))?$/.exec(amount);
  const fraction = match?.[2] ?? '';
  if (!match || (fraction.length > exponent && !round)) return null;
  const minor = Number(match[1] + fraction.slice(0, exponent).padEnd(exponent, '0'));
  return Number(fraction[exponent] ?? 0) >= 5 ? minor + 1 : minor;
}

/** 129900 USD → "$1,299.00": minor units scaled by the currency's ISO 4217 exponent. */
export function formatMoney(minor: number, currency: string, locale = 'en-US'): string {
  const decimals = currencyExponent(currency);
  const format = numberFormat(locale, { style: 'currency', currency, minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return format.format(minor / 10 ** decimals);
}

/** A 64-bit money column read as a number: the driver returns bigint as a string, and amounts stay below 2^53. */
export const minorUnitsColumn: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** The same for raw SQL: float8 is exact below 2^53, and the driver hands it over as a number. */
export const minorUnitsSql = (column: string) => `${column}::float8`;

/** Black or white, whichever reads better on the brand colour (WCAG relative luminance). */
export function readableTextOn(hex: string): '#000000' | '#ffffff' {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  // Contrast with white is 1.05 / (L + 0.05); with black (L + 0.05) / 0.05: pick the larger.
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? '#ffffff' : '#000000';
}

/** A store's brand colours with the text colour that reads on each, for its pages and its e-mails. */
export function storeTheme(store: { primaryColor: string; accentColor: string }) {
  return {
    primary: store.primaryColor,
    onPrimary: readableTextOn(store.primaryColor),
    accent: store.accentColor,
    onAccent: readableTextOn(store.accentColor),
  };
}

/**
 * An amount in major units per currency, as PLATFORM_FEE_FIXED gives it: "1.29, JPY 190, KWD 0.4", where a bare
 * amount ("*") applies to every currency not listed. Throws a RangeError naming the entry that is not an amount
 * in its currency.
 */
export function parseAmountsPerCurrency(text: string): Map<string, string> {
  const table = new Map<string, string>();
  for (const entry of text
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [first, second, ...rest] = entry.split(/\s+/);
    const [currency, amount] = second === undefined ? ['*', first] : [first.toUpperCase(), second];
    if (rest.length || table.has(currency) || !isAmountIn(amount, currency)) {
      throw new RangeError(
        `"${entry}" must be an amount in major units with at most the currency's decimals ("USD 1.29", "JPY 190"), each currency once`,
      );
    }
    table.set(currency, amount);
  }
  return table;
}

function isAmountIn(amount: string, currency: string): boolean {
  if (currency === '*') return /^\d{1,12}(?:\.\d+)?$/.test(amount);
  try {
    return majorToMinor(amount, currency) !== null;
  } catch {
    return false;
  }
}
