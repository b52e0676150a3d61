import { CsvError, parse } from 'csv-parse/sync';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { isValidGtin } from './gtin';
import { MAX_CSV_ROWS, MAX_ON_HAND } from './inventory.dto';
import { countOf } from '../common/plural';
import { excerpt, quoted } from '../errors/quote';

/** One stated count, before it is matched to a product: `where` names it in error messages ("line 7", "items[3]"). */
export interface FeedRow {
  where: string;
  sku?: string;
  gtin?: string;
  manufacturer?: string;
  quantity: unknown;
}

/** A product of a manufacturer the retailer deals for, as feed rows may name it. */
export interface CatalogueEntry {
  productId: string;
  sku: string;
  gtin: string | null;
  storeSlug: string;
}

export interface CountedProduct {
  productId: string;
  onHand: number;
}

type FeedColumn = keyof Omit<FeedRow, 'where'>;

const COLUMNS: Record<string, FeedColumn> = {
  sku: 'sku',
  gtin: 'gtin',
  upc: 'gtin',
  ean: 'gtin',
  manufacturer: 'manufacturer',
  quantity: 'quantity',
  qty: 'quantity',
  on_hand: 'quantity',
};

const MAX_ERRORS_SHOWN = 20;

/**
 * Parses a CSV feed (RFC 4180, UTF-8, optional BOM): a header row naming `sku` and/or `gtin` (or `upc`,
 * `ean`), `quantity` (or `qty`, `on_hand`) and optionally `manufacturer` (a store slug), then one row per
 * product. Throws 422 for a missing or unknown column or malformed CSV, naming the line.
 */
export function parseCsvFeed(text: string): FeedRow[] {
  let records: string[][];
  try {
    // Arrays, with each record's line number appended: several times faster than csv-parse's `info` objects.
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      to: MAX_CSV_ROWS + 1,
      on_record: (record: string[], context: { lines: number }) => [...record, String(context.lines)],
    });
  } catch (error) {
    if (error instanceof CsvError)
      throw new DomainError(ErrorCode.Unprocessable, `The CSV could not be read: ${excerpt(error.message, 200)}; nothing was applied`);
    throw error;
  }
  const [header, ...rows] = records;
  const columns = (header ?? []).slice(0, -1).map(csvColumn);
  if (!columns.includes('quantity')) throw new DomainError(ErrorCode.Unprocessable, 'The CSV header has no quantity column; nothing was applied');
  if (!columns.includes('sku') && !columns.includes('gtin'))
    throw new DomainError(ErrorCode.Unprocessable, 'The CSV header names neither sku nor gtin; nothing was applied');
  if (!rows.length)
    throw new DomainError(
      ErrorCode.Unprocessable,
      'The CSV has no rows after its header; send at least one product, or a JSON feed with no items to clear the stock',
    );
  if (rows.length > MAX_CSV_ROWS)
    throw new DomainError(ErrorCode.Unprocessable, `The CSV has more than ${MAX_CSV_ROWS} rows; split the location's stock or remove duplicates`);
  return rows.map((record) => {
    const row: FeedRow = { where: `line ${record[record.length - 1]}`, quantity: undefined };
    columns.forEach((column, i) => {
      const value = record[i].trim();
      if (value !== '') row[column] = value;
    });
    return row;
  });
}

function csvColumn(name: string): FeedColumn {
  const column = COLUMNS[name.trim().toLowerCase()];
  if (!column) {
    throw new DomainError(
      ErrorCode.Unprocessable,
      `Unknown column ${quoted(name)} in the CSV header; name sku and/or gtin, quantity, and optionally manufacturer; nothing was applied`,
    );
  }
  return column;
}

/**
 * Matches each row to one product of the retailer's manufacturers: by GTIN when given (and the SKU, if also
 * given, must agree), else by SKU; a SKU two manufacturers share needs the manufacturer column. Every row
 * is checked; any error refuses the whole feed (422) with the rows at fault, so nothing is half-applied.
 */
export function matchRows(rows: FeedRow[], catalogue: CatalogueEntry[]): CountedProduct[] {
  const bySku = group(catalogue, (entry) => entry.sku);
  const byGtin = group(
    catalogue.filter((entry) => entry.gtin),
    (entry) => entry.gtin!,
  );
  const slugs = new Set(catalogue.map((entry) => entry.storeSlug));
  const firstRow = new Map<string, string>();
  const errors: string[] = [];
  const counted: CountedProduct[] = [];
  for (const row of rows) {
    const problem = checkRow(row, slugs);
    if (problem) {
      errors.push(`${row.where}: ${problem}`);
      continue;
    }
    let found = row.gtin ? (byGtin.get(row.gtin) ?? []) : (bySku.get(row.sku!) ?? []);
    if (row.gtin && row.sku) found = found.filter((entry) => entry.sku === row.sku);
    if (row.manufacturer) found = found.filter((entry) => entry.storeSlug === row.manufacturer);
    const named = row.gtin ? `GTIN ${row.gtin}${row.sku ? ` with SKU ${quoted(row.sku)}` : ''}` : `SKU ${quoted(row.sku)}`;
    if (!found.length) {
      errors.push(
        `${row.where}: ${named} is not in the catalogue of ${row.manufacturer ? quoted(row.manufacturer) : 'any manufacturer you are an approved dealer of'}`,
      );
      continue;
    }
    if (found.length > 1) {
      errors.push(
        `${row.where}: ${named} is sold by several of your manufacturers (${found.map((e) => e.storeSlug).join(', ')}); add a manufacturer column with the store slug`,
      );
      continue;
    }
    const seen = firstRow.get(found[0].productId);
    if (seen) {
      errors.push(`${row.where}: the same product as ${seen}; list each product once`);
      continue;
    }
    firstRow.set(found[0].productId, row.where);
    counted.push({ productId: found[0].productId, onHand: Number(row.quantity) });
  }
  if (errors.length) {
    const more = errors.length > MAX_ERRORS_SHOWN ? `; and ${errors.length - MAX_ERRORS_SHOWN} more` : '';
    throw new DomainError(
      ErrorCode.Unprocessable,
      `${errors.length} of ${countOf(rows.length, 'row', 'rows')} ${errors.length === 1 ? 'has' : 'have'} errors, so nothing was applied: ${errors.slice(0, MAX_ERRORS_SHOWN).join('; ')}${more}`,
    );
  }
  return counted;
}

function checkRow(row: FeedRow, slugs: Set<string>): string | null {
  if (!row.sku && !row.gtin) return 'give a sku or a gtin';
  if (row.gtin && !isValidGtin(row.gtin)) return `gtin ${quoted(row.gtin)} is not a GTIN-8, UPC-A, EAN-13 or GTIN-14 with a valid check digit`;
  if (row.manufacturer && !slugs.has(row.manufacturer))
    return `manufacturer ${quoted(row.manufacturer)} is not a store you are an approved dealer of`;
  const quantity = typeof row.quantity === 'string' && /^\d+$/.test(row.quantity) ? Number(row.quantity) : row.quantity;
  if (!Number.isInteger(quantity) || (quantity as number) < 0 || (quantity as number) > MAX_ON_HAND) {
    return `quantity ${quoted(row.quantity)} must be a whole number from 0 to ${MAX_ON_HAND}`;
  }
  return null;
}

function group<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
