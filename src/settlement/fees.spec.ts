import { platformFeeMinor, splitShipment } from './fees';

describe('platform fee', () => {
  it('is 9.5% of the fulfilment price plus 1.29 by default', () => {
    expect(platformFeeMinor(120_000, 950, 129)).toBe(11_400 + 129);
  });

  it('rounds half a minor unit up and never produces fractions', () => {
    expect(platformFeeMinor(10, 950, 0)).toBe(1); // 0.95 → 1
    expect(platformFeeMinor(1000, 5, 0)).toBe(1); // 0.5 → 1
    expect(platformFeeMinor(1000, 4, 0)).toBe(0); // 0.4 → 0
  });

  it('splits the customer payment between fulfiller, platform and manufacturer with nothing lost', () => {
    const split = splitShipment(150_000, 120_000, 950, 129);
    expect(split).toEqual({ feeMinor: 11_529, fulfillerNetMinor: 108_471, manufacturerShareMinor: 30_000 });
    expect(split.feeMinor + split.fulfillerNetMinor + split.manufacturerShareMinor).toBe(150_000);
  });
});
