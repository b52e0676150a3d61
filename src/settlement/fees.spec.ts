import { ConfigError } from '../config/app-config';
import { PlatformFee, splitShipment } from './fees';

const fee = PlatformFee.parse(950, '1.29, JPY 190, KWD 0.4');

describe('platform fee', () => {
  it('takes its fixed part in each currency at that currency’s exponent', () => {
    expect(fee.fixedMinor('USD')).toBe(129); // $1.29
    expect(fee.fixedMinor('JPY')).toBe(190); // ¥190, not ¥129
    expect(fee.fixedMinor('KWD')).toBe(400); // 0.400 KWD, not 0.129
    // The bare amount is in major units for every other currency, rounded to its minor unit.
    expect(fee.fixedMinor('BHD')).toBe(1290);
    expect(PlatformFee.parse(950, '1.29').fixedMinor('JPY')).toBe(1);
  });

  it('is 9.5% of the fulfilment price plus the fixed part, half a minor unit rounding up', () => {
    expect(fee.feeMinor(120_000, 'USD')).toBe(11_400 + 129);
    expect(fee.feeMinor(12_000, 'JPY')).toBe(1_140 + 190);
    expect(fee.feeMinor(25_000, 'KWD')).toBe(2_380 + 400); // 2.375 → 2.380: KWD moves in 10-fil steps
    expect(PlatformFee.parse(950, '0').feeMinor(10, 'USD')).toBe(1); // 0.95 → 1
    expect(PlatformFee.parse(5, '0').feeMinor(1000, 'USD')).toBe(1); // 0.5 → 1
    expect(PlatformFee.parse(4, '0').feeMinor(1000, 'USD')).toBe(0); // 0.4 → 0
  });

  it('never takes more than the fulfilment price, so no fulfiller is left owing', () => {
    for (const currency of ['USD', 'JPY', 'KWD']) {
      expect(fee.feeMinor(1, currency)).toBe(1);
      expect(splitShipment(fee, currency, 5, 1)).toEqual({ feeMinor: 1, fulfillerNetMinor: 0, manufacturerShareMinor: 4 });
    }
  });

  it('names the smallest fulfilment price the fee leaves something of, per currency', () => {
    for (const [currency, smallest] of [
      ['USD', 144],
      ['JPY', 211],
      ['KWD', 441],
    ] as const) {
      expect(fee.smallestFulfilmentPriceMinor(currency)).toBe(smallest);
      expect(fee.feeMinor(smallest, currency)).toBeLessThan(smallest);
      expect(fee.feeMinor(smallest - 1, currency)).toBe(smallest - 1);
    }
  });

  it('takes a fee in 10-fil steps in the three-decimal currencies, so every KWD net, refund and reversal is one too', () => {
    for (let payout = 450; payout <= 60_000; payout += 10) {
      expect(fee.feeMinor(payout, 'KWD') % 10).toBe(0);
      expect(fee.feeMinor(payout, 'BHD') % 10).toBe(0);
    }
    expect(PlatformFee.parse(950, '0.123').fixedMinor('KWD')).toBe(120); // the default fixed part, to the step
    expect(() => PlatformFee.parse(950, 'KWD 0.405')).toThrow(/KWD 0.405: a fixed fee in KWD must be a multiple of KWD\s0.010/);
    // From the settings, start-up says it as a setting's problem, in one line.
    const fromSettings = () => PlatformFee.fromConfig({ PLATFORM_FEE_BASIS_POINTS: 950, PLATFORM_FEE_FIXED: '1.29, KWD 0.405' });
    expect(fromSettings).toThrow(ConfigError);
    expect(fromSettings).toThrow(/PLATFORM_FEE_FIXED: KWD 0.405: a fixed fee in KWD must be a multiple of KWD\s0.010/);
  });

  it('states the rule with its currency', () => {
    expect(fee.describe('USD')).toBe('9.5% + $1.29, at most the fulfilment price');
    expect(fee.describe('JPY')).toBe('9.5% + ¥190, at most the fulfilment price');
    expect(fee.describe('KWD').replace(/\s/g, ' ')).toBe('9.5% + KWD 0.400, at most the fulfilment price');
  });

  it('refuses a fixed part finer than its currency, an unknown currency or a currency listed twice', () => {
    expect(() => PlatformFee.parse(950, 'JPY 1.5')).toThrow(/"JPY 1.5" must be an amount in major units/);
    expect(() => PlatformFee.parse(950, 'USD 1.299')).toThrow(/"USD 1.299"/);
    expect(() => PlatformFee.parse(950, 'XYZ 1')).toThrow(/"XYZ 1"/);
    expect(() => PlatformFee.parse(950, 'USD 1, USD 2')).toThrow(/"USD 2"/);
    expect(() => PlatformFee.parse(950, 'USD -1')).toThrow(/"USD -1"/);
  });

  it('splits the customer payment between fulfiller, platform and manufacturer with nothing lost', () => {
    const split = splitShipment(fee, 'USD', 150_000, 120_000);
    expect(split).toEqual({ feeMinor: 11_529, fulfillerNetMinor: 108_471, manufacturerShareMinor: 30_000 });
    expect(split.feeMinor + split.fulfillerNetMinor + split.manufacturerShareMinor).toBe(150_000);
  });
});
