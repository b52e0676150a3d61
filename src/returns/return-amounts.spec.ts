import { platformFeeMinor } from '../settlement/fees';
import { returnAmounts } from './return-amounts';

const FEE = { basisPoints: 950, fixedMinor: 129 };
const line = (quantity: number) => ({ quantity, unitPriceMinor: 15000, unitFulfilmentPriceMinor: 12000 });

describe('what a received return takes back', () => {
  it('refunds the prices paid and reverses the fulfilment price of the returned quantities', () => {
    expect(returnAmounts([line(2)], 36000, FEE)).toMatchObject({ refundMinor: 30000, payoutReversedMinor: 24000 });
  });

  it('gives back the fixed part of the fee only with the last unit of the order', () => {
    const partial = returnAmounts([line(1)], 36000, FEE);
    expect(partial.feeReversedMinor).toBe(platformFeeMinor(36000, 950, 129) - platformFeeMinor(24000, 950, 129));
    const whole = returnAmounts([line(3)], 36000, FEE);
    expect(whole.feeReversedMinor).toBe(platformFeeMinor(36000, 950, 129));
  });

  it('adds up to exactly the fee charged however the order is returned in parts', () => {
    let standing = 36000;
    let reversed = 0;
    for (const quantity of [1, 1, 1]) {
      const amounts = returnAmounts([line(quantity)], standing, FEE);
      reversed += amounts.feeReversedMinor;
      standing -= amounts.payoutReversedMinor;
    }
    expect(standing).toBe(0);
    expect(reversed).toBe(platformFeeMinor(36000, 950, 129));
  });
});
