/** A value axis' mark: its value and the height it is drawn at. */
export interface Tick {
  value: number;
  y: number;
}

/** 0 and up to five round steps (1, 2 or 5 × 10^n, at least `minStep`) covering `max`. */
export function ticks(max: number, minStep = 0): number[] {
  const target = Math.max(max, 1) / 5;
  const magnitude = 10 ** Math.floor(Math.log10(target));
  const step = Math.max(
    minStep,
    [1, 2, 5, 10].map((f) => f * magnitude).find((s) => s >= target)!,
  );
  const count = Math.ceil(Math.max(max, 1) / step);
  return Array.from({ length: count + 1 }, (_, i) => Math.round(i * step * 1e6) / 1e6);
}
