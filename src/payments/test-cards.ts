/** What one of Stripe's public test card numbers does (https://docs.stripe.com/testing), as the test provider plays it. */
export type TestCardOutcome =
  { outcome: 'authorised'; brand: string; last4: string } | { outcome: 'declined'; brand: string | null; last4: string | null; message: string };

const AUTHORISING: Record<string, string> = {
  '4242424242424242': 'visa',
  '4000056655665556': 'visa',
  '5555555555554444': 'mastercard',
  '2223003122003222': 'mastercard',
  '378282246310005': 'amex',
};

// Stripe's decline messages for its decline test cards, which shoppers see as they are.
const DECLINING: Record<string, string> = {
  '4000000000000002': 'Your card was declined.',
  '4000000000009995': 'Your card has insufficient funds.',
  '4000000000009987': 'Your card was declined.',
  '4000000000000069': 'Your card has expired.',
  '4000000000000127': "Your card's security code is incorrect.",
};

/**
 * The outcome of paying with `cardNumber` (spaces and dashes ignored): Stripe's authorising test cards authorise,
 * its declining ones decline with Stripe's message, any other number is refused as Stripe refuses a wrong number.
 */
export function testCardOutcome(cardNumber: string): TestCardOutcome {
  const digits = cardNumber.replace(/[\s-]/g, '');
  const last4 = /^\d{12,19}$/.test(digits) ? digits.slice(-4) : null;
  const brand = AUTHORISING[digits];
  if (brand) return { outcome: 'authorised', brand, last4: digits.slice(-4) };
  const message = DECLINING[digits];
  if (message) return { outcome: 'declined', brand: 'visa', last4, message };
  return {
    outcome: 'declined',
    brand: null,
    last4,
    message: 'Your card number is incorrect. In test mode, use a test card such as 4242 4242 4242 4242.',
  };
}
