import { PlatformFee } from '../settlement/fees';

export interface ReturnedLine {
  quantity: number;
  unitPriceMinor: number;
  unitFulfilmentPriceMinor: number;
}

export interface ReturnAmounts {
  /** What the customer gets back: the quantities at the prices they paid. */
  refundMinor: number;
  /** The fulfilment price of the returned quantities, taken back from the fulfiller. */
  payoutReversedMinor: number;
  /** The platform fee given back for them. */
  feeReversedMinor: number;
}

/**
 * What a received return takes back. The fee is reversed as the difference between the fee on the payout
 * still standing before and after this return (the fixed part goes only with the order's last unit), so
 * however an order is returned in parts, the reversals add up to exactly the fee charged.
 * `payoutStandingMinor`: the order's payout less the payouts of returns received before this one.
 */
export function returnAmounts(lines: ReturnedLine[], payoutStandingMinor: number, fee: PlatformFee, currency: string): ReturnAmounts {
  const refundMinor = lines.reduce((sum, l) => sum + l.unitPriceMinor * l.quantity, 0);
  const payoutReversedMinor = lines.reduce((sum, l) => sum + l.unitFulfilmentPriceMinor * l.quantity, 0);
  const feeOn = (payout: number) => (payout > 0 ? fee.feeMinor(payout, currency) : 0);
  const after = payoutStandingMinor - payoutReversedMinor;
  return { refundMinor, payoutReversedMinor, feeReversedMinor: feeOn(payoutStandingMinor) - feeOn(after) };
}
