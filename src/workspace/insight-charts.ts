import type { CurrencyInsight, DistanceBin, Fulfiller, SeriesPoint } from '../insight/insight.dto';
import { ticks } from './chart-ticks';

// Narrow enough to stay readable at 390 px without scrolling (the text scales with the drawing).
const WIDTH = 480;
const HEIGHT = 280;
const PLOT = { left: 44, right: WIDTH - 12, top: 16, bottom: HEIGHT - 40 };
const MAX_LABELS = 6;

/** Who fulfilled, in the order the bars stack (bottom first), with their words and colours (contrast ≥ 3:1 on white). */
export const FULFILLER_KEYS: { key: Exclude<Fulfiller, 'unassigned'> | 'unassigned'; label: string; colour: string }[] = [
  { key: 'dealer', label: 'Dealers', colour: '#1d4ed8' },
  { key: 'pickup', label: 'Pickup in store', colour: '#047857' },
  { key: 'ship_to_store', label: 'Shipped to a store', colour: '#7c3aed' },
  { key: 'manufacturer', label: 'Your warehouse', colour: '#b45309' },
  { key: 'unassigned', label: 'Not assigned yet', colour: '#6b7280' },
];

export interface StackedBar {
  label: string;
  x: number;
  width: number;
  showLabel: boolean;
  axisLabel: string;
  parts: { key: string; colour: string; y: number; height: number }[];
}

export interface DistanceBar {
  label: string;
  axisLabel: string;
  x: number;
  width: number;
  fulfiller: { y: number; height: number };
  warehouse: { y: number; height: number };
}

const yScale = (top: number) => (n: number) => PLOT.bottom - (n / top) * (PLOT.bottom - PLOT.top);

/** Stacked bars of orders per slot by who fulfilled them. `slotLabel` words a slot's start ("2 Nov", "Nov 2026"). */
export function ordersChart(series: SeriesPoint[], slotLabel: (start: string) => string) {
  const total = (p: SeriesPoint) => FULFILLER_KEYS.reduce((sum, f) => sum + p[f.key], 0);
  const scale = ticks(Math.max(0, ...series.map(total)), 1);
  const y = yScale(scale[scale.length - 1]);
  const slot = (PLOT.right - PLOT.left) / Math.max(series.length, 1);
  const every = Math.ceil(series.length / MAX_LABELS);
  const bars: StackedBar[] = series.map((point, i) => {
    let below = 0;
    const parts = FULFILLER_KEYS.map((f) => {
      const top = y(below + point[f.key]);
      const part = { key: f.key, colour: f.colour, y: top, height: y(below) - top };
      below += point[f.key];
      return part;
    }).filter((p) => p.height > 0);
    const words = FULFILLER_KEYS.filter((f) => point[f.key]).map((f) => `${f.label.toLowerCase()} ${point[f.key]}`);
    return {
      label: `${slotLabel(point.start)}: ${total(point)} orders${words.length ? ` (${words.join(', ')})` : ''}`,
      x: PLOT.left + slot * i + slot * 0.1,
      width: slot * 0.8,
      showLabel: i % every === 0,
      axisLabel: slotLabel(point.start),
      parts,
    };
  });
  return { width: WIDTH, height: HEIGHT, plot: PLOT, bars, ticks: scale.map((value) => ({ value, y: y(value) })) };
}

/** Display bands (km) the fine distance bins are summed into for the picture. */
const BANDS_KM = [0, 5, 10, 25, 50, 100, 250, 500, 1000];

/**
 * The distance distribution: per band, the orders by their fulfiller's distance beside the same orders by their
 * warehouse distance. `distance` words a km figure in the reader's unit.
 */
export function distanceChart(bins: DistanceBin[], distance: (km: number) => string) {
  const bands = BANDS_KM.map((fromKm, i) => {
    const toKm = BANDS_KM[i + 1] ?? null;
    const inBand = bins.filter((b) => b.fromKm >= fromKm && (toKm === null || b.fromKm < toKm));
    return {
      fromKm,
      toKm,
      fulfiller: inBand.reduce((sum, b) => sum + b.fulfillerOrders, 0),
      warehouse: inBand.reduce((sum, b) => sum + b.warehouseOrders, 0),
      words: toKm === null ? `${distance(fromKm)} or more` : `${distance(fromKm)} to ${distance(toKm)}`,
    };
  });
  const scale = ticks(Math.max(0, ...bands.flatMap((b) => [b.fulfiller, b.warehouse])), 1);
  const y = yScale(scale[scale.length - 1]);
  const slot = (PLOT.right - PLOT.left) / bands.length;
  // Axis labels are bare numbers (the legend names the unit), so the last band's "621+" fits beside "621".
  const bare = (km: number) => distance(km).replace(/ (km|mi)$/, '');
  const bars: DistanceBar[] = bands.map((band, i) => ({
    label: `${band.words}: ${band.fulfiller} orders from their fulfiller, ${band.warehouse} from your warehouse`,
    axisLabel: band.toKm === null ? `${bare(band.fromKm)}+` : bare(band.toKm),
    x: PLOT.left + slot * i + slot * 0.1,
    width: slot * 0.4,
    fulfiller: { y: y(band.fulfiller), height: PLOT.bottom - y(band.fulfiller) },
    warehouse: { y: y(band.warehouse), height: PLOT.bottom - y(band.warehouse) },
  }));
  return { width: WIDTH, height: HEIGHT, plot: PLOT, bars, bands, ticks: scale.map((value) => ({ value, y: y(value) })) };
}

/** Both pictures of one currency's report. */
export function insightCharts(report: CurrencyInsight, slotLabel: (start: string) => string, distance: (km: number) => string) {
  return { orders: ordersChart(report.series, slotLabel), distances: distanceChart(report.distanceBins, distance) };
}
