import { formatMoney } from '../common/money';

// Stripe takes amounts in these three-decimal currencies only in multiples of 10 minor units (whole 0.010 steps):
// https://docs.stripe.com/currencies#three-decimal
const TEN_MINOR_UNIT_CURRENCIES = new Set(['BHD', 'JOD', 'KWD', 'OMR', 'TND']);

// The smallest charge Stripe accepts, in minor units, for the currencies it lists (https://docs.stripe.com/currencies#minimum-and-maximum-charge-amounts).
const MINIMUM_CHARGE_MINOR: Record<string, number> = {
  USD: 50,
  EUR: 50,
  GBP: 30,
  CAD: 50,
  AUD: 50,
  NZD: 50,
  CHF: 50,
  JPY: 50,
  SGD: 50,
  HKD: 400,
  MXN: 1000,
  BRL: 50,
  DKK: 250,
  NOK: 300,
  SEK: 300,
  PLN: 200,
  CZK: 1500,
  HUF: 17500,
  INR: 50,
  AED: 200,
  THB: 1000,
  RON: 200,
  BGN: 100,
};

/**
 * Why a price of `amountMinor` in `currency` could never be charged to a card, in words for the manufacturer
 * setting it (null when it can): three-decimal currencies step by 10 minor units (KWD 12.345 cannot be charged,
 * 12.340 can). Zero-decimal currencies (JPY) are whole minor units already.
 */
export function unchargeablePrice(field: string, amountMinor: number, currency: string): string | null {
  if (TEN_MINOR_UNIT_CURRENCIES.has(currency) && amountMinor % 10 !== 0) {
    return `${field} must be a multiple of 10 (${formatMoney(amountMinor - (amountMinor % 10), currency)} or ${formatMoney(amountMinor - (amountMinor % 10) + 10, currency)}): card payments in ${currency} go in steps of 0.010`;
  }
  return null;
}

/** The step card amounts in `currency` go in, minor units: 10 for the three-decimal currencies, else 1. */
export function chargeableStep(currency: string): number {
  return TEN_MINOR_UNIT_CURRENCIES.has(currency) ? 10 : 1;
}

/** The smallest order total a card can pay in `currency`, minor units (0 when the provider names none). */
export function minimumChargeMinor(currency: string): number {
  return MINIMUM_CHARGE_MINOR[currency] ?? 0;
}
