import { DomainError } from '../errors/domain-error';
import { matchRows, parseCsvFeed } from './feed-rows';

const catalogue = [
  { productId: 'p1', sku: 'HELMET-M', gtin: '036000291452', storeSlug: 'cascade' },
  { productId: 'p2', sku: 'HELMET-M', gtin: null, storeSlug: 'summit' },
  { productId: 'p3', sku: 'TUBE-29', gtin: null, storeSlug: 'summit' },
];

const message = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return (error as DomainError).message;
  }
  throw new Error('expected a refusal');
};

describe('feed rows', () => {
  it('reads a CSV with a BOM, quoted fields, blank lines and column aliases, numbering rows by their line', () => {
    const rows = parseCsvFeed('\uFEFFSKU,"UPC",Qty\n\n"TUBE-29",,4\n,036000291452, 2 \n');
    expect(rows).toEqual([
      { where: 'line 3', sku: 'TUBE-29', quantity: '4' },
      { where: 'line 4', gtin: '036000291452', quantity: '2' },
    ]);
  });

  it('needs the manufacturer column only for a SKU two manufacturers share, and matches GTINs without it', () => {
    expect(message(() => matchRows([{ where: 'line 2', sku: 'HELMET-M', quantity: '1' }], catalogue))).toContain(
      'line 2: SKU "HELMET-M" is sold by several of your manufacturers (cascade, summit); add a manufacturer column with the store slug',
    );
    expect(
      matchRows(
        [
          { where: 'line 2', sku: 'HELMET-M', manufacturer: 'summit', quantity: '1' },
          { where: 'line 3', gtin: '036000291452', quantity: 3 },
        ],
        catalogue,
      ),
    ).toEqual([
      { productId: 'p2', onHand: 1 },
      { productId: 'p1', onHand: 3 },
    ]);
  });

  it('refuses a GTIN whose SKU disagrees, and quantities that are not whole numbers in range', () => {
    const refused = message(() =>
      matchRows(
        [
          { where: 'line 2', sku: 'TUBE-29', gtin: '036000291452', quantity: '1' },
          { where: 'line 3', sku: 'TUBE-29', quantity: '1.5' },
          { where: 'line 4', sku: 'TUBE-29', quantity: '1000001' },
        ],
        catalogue,
      ),
    );
    expect(refused).toContain('line 2: GTIN 036000291452 with SKU "TUBE-29" is not in the catalogue');
    expect(refused).toContain('line 3: quantity "1.5" must be a whole number from 0 to 1000000');
    expect(refused).toContain('line 4: quantity "1000001"');
  });
});
