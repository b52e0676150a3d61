/** A postal address as printed on a slip. */
export interface SlipAddress {
  line1: string;
  line2?: string | null;
  city: string;
  region: string;
  postalCode: string;
  country?: string;
}

/**
 * What the shared packing slip ("@packing-slip", printable) shows, whoever ships the order: a retailer for an
 * order it won, or the manufacturer for one it fulfils itself.
 */
export interface PackingSlip {
  number: string;
  storeName: string;
  /** The ship-by deadline, when the fulfiller has one. */
  shipBy: Date | null;
  /** The dealer's location it ships from; null when the manufacturer ships. */
  shipFrom: (SlipAddress & { name: string }) | null;
  customer: { name: string; phone?: string | null };
  shipTo: SlipAddress;
  lines: { sku: string; name: string; quantity: number }[];
  /** True when a dealer ships it (the slip says so). */
  byDealer: boolean;
}
