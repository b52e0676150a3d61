import { minimumChargeMinor, unchargeablePrice } from './chargeable';
import { testCardOutcome } from './test-cards';

describe('what a card can be charged', () => {
  it('takes KWD (and the other three-decimal currencies) only in steps of 10 fils, naming the two nearest prices', () => {
    expect(unchargeablePrice('priceMinor', 12340, 'KWD')).toBeNull();
    expect(unchargeablePrice('priceMinor', 12345, 'KWD')).toMatch(/^priceMinor must be a multiple of 10 \(KWD\s?12\.340 or KWD\s?12\.350\)/);
    expect(unchargeablePrice('priceMinor', 12345, 'BHD')).not.toBeNull();
  });

  it('takes any whole yen and any cent: JPY has no minor unit below the yen', () => {
    expect(unchargeablePrice('priceMinor', 1999, 'JPY')).toBeNull();
    expect(unchargeablePrice('priceMinor', 1999, 'USD')).toBeNull();
  });

  it("knows Stripe's smallest charges", () => {
    expect(minimumChargeMinor('USD')).toBe(50);
    expect(minimumChargeMinor('JPY')).toBe(50);
    expect(minimumChargeMinor('XOF')).toBe(0);
  });
});

describe("Stripe's test cards on the test provider's page", () => {
  it("authorises 4242…, declines 0002 and 9995 with Stripe's words, and refuses other numbers", () => {
    expect(testCardOutcome('4242 4242 4242 4242')).toEqual({ outcome: 'authorised', brand: 'visa', last4: '4242' });
    expect(testCardOutcome('4000-0000-0000-0002')).toMatchObject({ outcome: 'declined', message: 'Your card was declined.' });
    expect(testCardOutcome('4000000000009995')).toMatchObject({ outcome: 'declined', message: 'Your card has insufficient funds.', last4: '9995' });
    expect(testCardOutcome('1234')).toMatchObject({ outcome: 'declined', last4: null, message: expect.stringMatching(/card number is incorrect/) });
  });
});
