/** The platform's cut of one shipment: a share of the fulfilment price (half a minor unit rounds up) plus a fixed amount. */
export function platformFeeMinor(payoutMinor: number, basisPoints: number, fixedMinor: number): number {
  return Math.floor((payoutMinor * basisPoints + 5000) / 10_000) + fixedMinor;
}

export interface Split {
  feeMinor: number;
  /** What the fulfiller is owed: the fulfilment price less the fee. */
  fulfillerNetMinor: number;
  /** What the manufacturer keeps of the customer's payment: everything but the fulfilment price. */
  manufacturerShareMinor: number;
}

export function splitShipment(totalMinor: number, payoutMinor: number, basisPoints: number, fixedMinor: number): Split {
  const feeMinor = platformFeeMinor(payoutMinor, basisPoints, fixedMinor);
  return { feeMinor, fulfillerNetMinor: payoutMinor - feeMinor, manufacturerShareMinor: totalMinor - payoutMinor };
}

/** What a statement's holder receives of a split: the fulfiller its net; the manufacturer its share, plus the net when it shipped itself. */
export function receivesOf(split: Split, forRetailer: boolean, selfShipped: boolean): number {
  return forRetailer ? split.fulfillerNetMinor : split.manufacturerShareMinor + (selfShipped ? split.fulfillerNetMinor : 0);
}
