import { stringify } from 'csv-stringify/sync';

/**
 * A text cell a spreadsheet would read as a formula or a command: one starting with `=`, `+`, `-`, `@`, a tab or
 * a carriage return (OWASP, CSV Injection). Such a cell is written with a leading `'`, so Excel, LibreOffice and
 * Google Sheets show it as text; numbers are not text and are written as they are (a negative payout stays -1200).
 */
export function neutraliseCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * The one CSV writer of the product (RFC 4180, `\n` line ends, a header row of `columns`): text cells neutralised
 * (neutraliseCell) and quoted when needed, numbers as numbers, dates as ISO 8601 UTC, null and undefined as empty.
 */
export function toCsv<Row extends object>(columns: readonly (keyof Row & string)[], rows: readonly Row[]): string {
  return stringify(rows as unknown as Record<string, unknown>[], {
    header: true,
    columns: [...columns],
    cast: {
      string: neutraliseCell,
      date: (value) => value.toISOString(),
      boolean: (value) => String(value),
    },
  });
}
