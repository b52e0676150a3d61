const BRANDS: Record<string, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  diners: 'Diners Club',
  jcb: 'JCB',
  unionpay: 'UnionPay',
};

/** Every brand name cardName writes, as a regular expression alternation (erasure finds them in histories). */
export const CARD_WORDS = [...Object.values(BRANDS), 'Card'].join('|');

/** "Visa ending 4242" from the provider's brand code and last four digits; "your card" when neither is known. */
export function cardName(card: { brand: string | null; last4: string | null } | null): string {
  if (!card?.last4) return 'your card';
  const brand = card.brand ? (BRANDS[card.brand] ?? 'Card') : 'Card';
  return `${brand} ending ${card.last4}`;
}
