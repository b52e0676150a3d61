import { readFile } from 'node:fs/promises';

/**
 * The shop's own stock, as its stock system exports it: per Nearfill location, units on hand per SKU.
 *
 * ```json
 * { "locations": [{ "locationId": "3f6c…", "items": { "BK-ROAD-54": 4, "HELMET-M": 0 } }] }
 * ```
 */
export interface StockFile {
  locations: { locationId: string; items: Record<string, number> }[];
}

export async function readStockFile(path: string): Promise<StockFile> {
  const stock = JSON.parse(await readFile(path, 'utf8')) as StockFile;
  if (!Array.isArray(stock.locations)) throw new Error(`${path}: expected { "locations": [{ "locationId", "items": { "<sku>": <units> } }] }`);
  for (const location of stock.locations) {
    for (const [sku, units] of Object.entries(location.items)) {
      if (!Number.isInteger(units) || units < 0)
        throw new Error(`${path}: ${sku} at ${location.locationId} must be a whole number of units, 0 or more`);
    }
  }
  return stock;
}

/** The first location that has every line's quantity on hand, or undefined. */
export function locationWithAll(stock: StockFile, lines: { sku: string; quantity: number }[]): string | undefined {
  return stock.locations.find((location) => lines.every((line) => (location.items[line.sku] ?? 0) >= line.quantity))?.locationId;
}
