import { Tick, ticks } from '../workspace/chart-ticks';
import { DailyOutcome } from './resolution-outcomes.service';

const WIDTH = 960;
const HEIGHT = 360;
const PLOT = { left: 56, right: WIDTH - 64, top: 24, bottom: HEIGHT - 48 };
const MAX_DAY_LABELS = 12;

export interface DayBar {
  day: string;
  /** What the bar says, for screen readers and as the tooltip. */
  label: string;
  x: number;
  width: number;
  retailer: { y: number; height: number };
  manufacturer: { y: number; height: number };
  showDayLabel: boolean;
}

export interface DistancePoint {
  day: string;
  x: number;
  y: number;
  label: string;
}

export interface OutcomeChart {
  width: number;
  height: number;
  plot: typeof PLOT;
  bars: DayBar[];
  orderTicks: Tick[];
  kmTicks: Tick[];
  /** One SVG path per run of consecutive days with a distance; days without retailer awards break the line. */
  distancePaths: string[];
  points: DistancePoint[];
  summary: string;
}

const meanDistance = (km: number) => `mean distance ${km.toFixed(1)} km`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function describeDay(day: DailyOutcome): string {
  const distance = day.meanKm === null ? 'no retailer awards' : meanDistance(day.meanKm);
  return `${day.day}: ${plural(day.toRetailers, 'order', 'orders')} to retailers, ${day.toManufacturers} to manufacturers, ${distance}`;
}

/**
 * The geometry of the daily outcomes chart: stacked bars of orders awarded to retailers and to
 * manufacturers (left axis) and the mean award distance as a line (right axis). The template draws it.
 */
export function outcomeChart(days: DailyOutcome[]): OutcomeChart {
  const orderTicks = ticks(Math.max(0, ...days.map((d) => d.toRetailers + d.toManufacturers)), 1);
  const kmTicks = ticks(Math.max(0, ...days.map((d) => d.meanKm ?? 0)));
  const plotHeight = PLOT.bottom - PLOT.top;
  const yOrders = (n: number) => PLOT.bottom - (n / orderTicks[orderTicks.length - 1]) * plotHeight;
  const yKm = (km: number) => PLOT.bottom - (km / kmTicks[kmTicks.length - 1]) * plotHeight;
  const slot = (PLOT.right - PLOT.left) / Math.max(days.length, 1);
  const labelEvery = Math.ceil(days.length / MAX_DAY_LABELS);
  const centre = (i: number) => PLOT.left + slot * (i + 0.5);

  const bars = days.map((day, i): DayBar => {
    const retailerTop = yOrders(day.toRetailers);
    const manufacturerTop = yOrders(day.toRetailers + day.toManufacturers);
    return {
      day: day.day,
      label: describeDay(day),
      x: centre(i) - slot * 0.35,
      width: slot * 0.7,
      retailer: { y: retailerTop, height: PLOT.bottom - retailerTop },
      manufacturer: { y: manufacturerTop, height: retailerTop - manufacturerTop },
      showDayLabel: (days.length - 1 - i) % labelEvery === 0,
    };
  });

  const points: DistancePoint[] = [];
  const distancePaths: string[] = [];
  let segment: string[] = [];
  days.forEach((day, i) => {
    if (day.meanKm === null) {
      if (segment.length) distancePaths.push(segment.join(' '));
      segment = [];
      return;
    }
    const point = { day: day.day, x: centre(i), y: yKm(day.meanKm), label: `${day.day}: ${meanDistance(day.meanKm)}` };
    points.push(point);
    segment.push(`${segment.length ? 'L' : 'M'}${point.x.toFixed(1)},${point.y.toFixed(1)}`);
  });
  if (segment.length) distancePaths.push(segment.join(' '));

  const toRetailers = days.reduce((sum, d) => sum + d.toRetailers, 0);
  const toManufacturers = days.reduce((sum, d) => sum + d.toManufacturers, 0);
  const summary =
    `Over ${plural(days.length, 'day', 'days')} from ${days[0]?.day} to ${days[days.length - 1]?.day}: ` +
    `${plural(toRetailers, 'order', 'orders')} awarded to retailers and ${toManufacturers} to manufacturers.`;

  return {
    width: WIDTH,
    height: HEIGHT,
    plot: PLOT,
    bars,
    orderTicks: orderTicks.map((value) => ({ value, y: yOrders(value) })),
    kmTicks: kmTicks.map((value) => ({ value, y: yKm(value) })),
    distancePaths,
    points,
    summary,
  };
}
