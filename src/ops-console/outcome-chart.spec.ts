import { outcomeChart } from './outcome-chart';

const day = (n: number, toRetailers: number, toManufacturers: number, meanKm: number | null) => ({
  day: `2026-03-0${n}`,
  toRetailers,
  toManufacturers,
  meanKm,
});

describe('the daily outcomes chart', () => {
  it('stacks manufacturer awards on retailer awards, to the scale of whole-order ticks', () => {
    const chart = outcomeChart([day(1, 2, 1, 12), day(2, 0, 0, null), day(3, 0, 3, null)]);
    expect(chart.orderTicks.map((t) => t.value)).toEqual([0, 1, 2, 3]);
    const [first, empty, third] = chart.bars;
    const unit = first.retailer.height / 2;
    expect(first.manufacturer.height).toBeCloseTo(unit, 6);
    expect(first.manufacturer.y + first.manufacturer.height).toBeCloseTo(first.retailer.y, 6);
    expect(empty.retailer.height + empty.manufacturer.height).toBe(0);
    expect(third.manufacturer.height).toBeCloseTo(3 * unit, 6);
    // Bar tops sit on the ticks of the orders they stand for.
    expect(first.retailer.y).toBeCloseTo(chart.orderTicks[2].y, 6);
    expect(first.manufacturer.y).toBeCloseTo(chart.orderTicks[3].y, 6);
    expect(third.manufacturer.y).toBeCloseTo(chart.orderTicks[3].y, 6);
    expect(third.label).toBe('2026-03-03: 0 orders to retailers, 3 to manufacturers, no retailer awards');
  });

  it('breaks the distance line on days without retailer awards', () => {
    const chart = outcomeChart([day(1, 1, 0, 8), day(2, 2, 0, 9.96), day(3, 0, 1, null), day(4, 1, 0, 40)]);
    expect(chart.distancePaths).toHaveLength(2);
    expect(chart.distancePaths[0]).toMatch(/^M[\d.]+,[\d.]+ L[\d.]+,[\d.]+$/);
    expect(chart.points.map((p) => p.label)).toEqual([
      '2026-03-01: mean distance 8.0 km',
      '2026-03-02: mean distance 10.0 km',
      '2026-03-04: mean distance 40.0 km',
    ]);
    expect(chart.kmTicks.map((t) => t.value)).toEqual([0, 10, 20, 30, 40]);
  });

  it('draws an empty period with a usable scale', () => {
    const chart = outcomeChart([day(1, 0, 0, null)]);
    expect(chart.orderTicks.map((t) => t.value)).toEqual([0, 1]);
    expect(chart.distancePaths).toEqual([]);
    expect(chart.summary).toBe('Over 1 day from 2026-03-01 to 2026-03-01: 0 orders awarded to retailers and 0 to manufacturers.');
  });
});
