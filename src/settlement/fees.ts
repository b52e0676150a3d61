import { formatMoney, majorToMinor, parseAmountsPerCurrency } from '../common/money';
import { ConfigError } from '../config/app-config';
import { chargeableStep } from '../payments/chargeable';

/**
 * The platform's cut of one shipped order, in the order's currency: a share of the fulfilment price (basis
 * points, half a minor unit rounds up) plus a fixed amount set per currency, never more than the fulfilment
 * price itself, so a fulfiller's net is never negative. In the three-decimal currencies the provider moves only
 * whole 10-fil steps (KWD 0.010, see payments/chargeable.ts), so there the fee — share and fixed part — is in
 * those steps too: with step-priced products every net, transfer, reversal and refund is one as well. The catalogue refuses a fulfilment price the fee
 * would take entirely (see smallestFulfilmentPriceMinor); the cap covers prices set before a fee change.
 */
export class PlatformFee {
  private constructor(
    readonly basisPoints: number,
    /** Fixed part in major units per currency ("USD" → "1.29"); "*" for every currency not listed. */
    private readonly fixedMajor: ReadonlyMap<string, string>,
  ) {
    for (const [currency, amount] of fixedMajor) {
      if (currency === '*') continue;
      const step = chargeableStep(currency);
      if (majorToMinor(amount, currency)! % step !== 0) {
        throw new RangeError(
          `${currency} ${amount}: a fixed fee in ${currency} must be a multiple of ${formatMoney(step, currency)}, the smallest amount a payment moves`,
        );
      }
    }
  }

  /**
   * The fee the app's settings describe (PLATFORM_FEE_BASIS_POINTS, PLATFORM_FEE_FIXED). The table's form is checked
   * with the other settings; a fixed part off its currency's payment step is a ConfigError here, so start-up says
   * it in one line, as for any other setting.
   */
  static fromConfig(config: { PLATFORM_FEE_BASIS_POINTS: number; PLATFORM_FEE_FIXED: string }): PlatformFee {
    try {
      return PlatformFee.parse(config.PLATFORM_FEE_BASIS_POINTS, config.PLATFORM_FEE_FIXED);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      throw new ConfigError([`PLATFORM_FEE_FIXED: ${error.message} (got ${JSON.stringify(config.PLATFORM_FEE_FIXED)})`]);
    }
  }

  /**
   * From a percentage in basis points and the fixed part per currency ("1.29, JPY 190, KWD 0.4": a bare amount
   * applies to every currency not listed). Throws a RangeError naming the entry that is not an amount in its currency.
   */
  static parse(basisPoints: number, fixed: string): PlatformFee {
    return new PlatformFee(basisPoints, parseAmountsPerCurrency(fixed));
  }

  /**
   * The fixed part in minor units of `currency`; a default amount is rounded half up to the currency's decimals,
   * and to its payment step (KWD 10 fils).
   */
  fixedMinor(currency: string): number {
    const listed = this.fixedMajor.get(currency);
    if (listed !== undefined) return majorToMinor(listed, currency)!;
    const fallback = this.fixedMajor.get('*');
    return fallback === undefined ? 0 : roundToStep(majorToMinor(fallback, currency, true)!, chargeableStep(currency));
  }

  /**
   * The fee on a payout of `payoutMinor`, in minor units of `currency`: percentage (half a step rounds up) + fixed
   * part, at most the payout.
   */
  feeMinor(payoutMinor: number, currency: string): number {
    return Math.min(this.shareMinor(payoutMinor, chargeableStep(currency)) + this.fixedMinor(currency), payoutMinor);
  }

  /** The percentage part, in whole steps of `step` minor units: round(payout × bp / 10,000 / step) × step. */
  private shareMinor(payoutMinor: number, step: number): number {
    return Math.floor((payoutMinor * this.basisPoints + 5000 * step) / (10_000 * step)) * step;
  }

  /** The smallest fulfilment price that leaves the fulfiller more than nothing once the fee is taken. */
  smallestFulfilmentPriceMinor(currency: string): number {
    const fixed = this.fixedMinor(currency);
    if (this.basisPoints >= 10_000) return Infinity;
    // fee(p) = round(p × bp) + fixed < p from about fixed / (1 − bp) on; step over the rounding.
    let price = Math.max(1, Math.floor((fixed * 10_000) / (10_000 - this.basisPoints)) - 2);
    const step = chargeableStep(currency);
    while (this.shareMinor(price, step) + fixed >= price) price++;
    return price;
  }

  /** The rule as statements show it: "9.5% + $1.29, at most the fulfilment price". */
  describe(currency: string): string {
    return `${this.basisPoints / 100}% + ${formatMoney(this.fixedMinor(currency), currency)}, at most the fulfilment price`;
  }
}

export interface Split {
  feeMinor: number;
  /** What the fulfiller is owed: the fulfilment price less the fee, never negative. */
  fulfillerNetMinor: number;
  /** What the manufacturer keeps of the customer's payment: everything but the fulfilment price. */
  manufacturerShareMinor: number;
}

/** How one shipped order's payment divides between fulfiller, platform and manufacturer; nothing is lost. */
export function splitShipment(fee: PlatformFee, currency: string, totalMinor: number, payoutMinor: number): Split {
  const feeMinor = fee.feeMinor(payoutMinor, currency);
  return { feeMinor, fulfillerNetMinor: payoutMinor - feeMinor, manufacturerShareMinor: totalMinor - payoutMinor };
}

/** What a statement's holder receives of a split: the fulfiller its net; the manufacturer its share, plus the net when it shipped itself. */
export function receivesOf(split: Split, forRetailer: boolean, selfShipped: boolean): number {
  return forRetailer ? split.fulfillerNetMinor : split.manufacturerShareMinor + (selfShipped ? split.fulfillerNetMinor : 0);
}

/** `minor` rounded half up to a whole number of `step`s. */
const roundToStep = (minor: number, step: number) => Math.floor((minor + step / 2) / step) * step;
