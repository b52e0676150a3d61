import { PlatformFee } from '../settlement/fees';
import { returnAmounts } from './return-amounts';

const FEE = PlatformFee.parse(950, '1.29');
const feeOn = (payout: number) => FEE.feeMinor(payout, 'USD');
const line = (quantity: number) => ({ quantity, unitPriceMinor: 15000, unitFulfilmentPriceMinor: 12000 });

describe('what a received return takes back', () => {
  it('refunds the prices paid and reverses the fulfilment price of the returned quantities', () => {
    expect(returnAmounts([line(2)], 36000, FEE, 'USD')).toMatchObject({ refundMinor: 30000, payoutReversedMinor: 24000 });
  });

  it('gives back the fixed part of the fee only with the last unit of the order', () => {
    const partial = returnAmounts([line(1)], 36000, FEE, 'USD');
    expect(partial.feeReversedMinor).toBe(feeOn(36000) - feeOn(24000));
    const whole = returnAmounts([line(3)], 36000, FEE, 'USD');
    expect(whole.feeReversedMinor).toBe(feeOn(36000));
  });

  it('adds up to exactly the fee charged however the order is returned in parts', () => {
    let standing = 36000;
    let reversed = 0;
    for (const quantity of [1, 1, 1]) {
      const amounts = returnAmounts([line(quantity)], standing, FEE, 'USD');
      reversed += amounts.feeReversedMinor;
      standing -= amounts.payoutReversedMinor;
    }
    expect(standing).toBe(0);
    expect(reversed).toBe(feeOn(36000));
  });
});
