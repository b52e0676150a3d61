import { DealerStatus } from '../dealers/dealer-status';
import { DealerView } from '../dealers/dealer.dto';
import { DealerRecord, EMPTY_DEALER_RECORD } from '../ratings/ratings.dto';
import { pageOffsetOf } from '../workspace/workspace-pager';
import { DEALERS_PAGE_SIZE, dealersPage, dealerTable } from './dealers-page';

const PATH = '/manufacturer/dealership';

function dealer(i: number, status = DealerStatus.Approved): DealerView {
  const retailer = { id: `r-${i}`, name: `Shop ${String(i).padStart(3, '0')}` };
  return {
    id: `d-${i}`,
    status,
    note: null,
    decidedAt: new Date(0),
    retailer,
    createdAt: new Date(0),
    updatedAt: new Date(0),
  } as unknown as DealerView;
}

const record = (i: number): DealerRecord => ({ retailerId: `r-${i}`, ...EMPTY_DEALER_RECORD, awards: (i * 7) % 120 }) as unknown as DealerRecord;

describe('the dealers page table', () => {
  const input = {
    dealers: [...Array.from({ length: 120 }, (_, i) => dealer(i)), dealer(500, DealerStatus.Requested)],
    records: Array.from({ length: 120 }, (_, i) => record(i)),
    locations: [{ retailerId: 'r-3', name: 'Depot', lat: 45.5, lng: -122.6, serviceRadiusKm: 40 }],
    feeds: [],
  };

  it('shows the approved dealers a page at a time, sorted across all of them, each dealer on exactly one page', () => {
    const won = new Map(input.records.map((r) => [r.retailerId, r.awards]));
    const pages = [0, 50, 100].map((offset) => dealersPage(input, dealerTable(input.dealers, 'won', won, offset), 'won', PATH));
    expect(pages.map((p) => p.approved.length)).toEqual([DEALERS_PAGE_SIZE, DEALERS_PAGE_SIZE, 20]);
    const rows = pages.flatMap((p) => p.approved);
    expect(new Set(rows.map((d) => d.retailer.id)).size).toBe(120);
    const awards = rows.map((d) => d.record.awards);
    expect(awards).toEqual([...awards].sort((a, b) => b - a));
    expect(pages[1].approvedShown).toEqual({ from: 51, to: 100, total: 120 });
    expect(pages[1].pager).toEqual({ previous: `${PATH}?sort=won`, next: `${PATH}?sort=won&offset=100` });
    expect(pages[2].pager.next).toBeUndefined();
    // Requests and the map are not paged.
    expect(pages[2].requested.map((d) => d.retailer.name)).toEqual(['Shop 500']);
    expect(rows.find((d) => d.retailer.id === 'r-3')?.locations.map((l) => l.name)).toEqual(['Depot']);
  });

  it('reads a hand-edited offset past the end as the last page, and one that is not a number as the first', () => {
    expect(dealersPage(input, dealerTable(input.dealers, 'name', new Map(), 5000), 'name', PATH).approvedShown).toEqual({
      from: 101,
      to: 120,
      total: 120,
    });
    expect(pageOffsetOf('-3')).toBe(0);
    expect(pageOffsetOf('abc')).toBe(0);
    expect(pageOffsetOf('50')).toBe(50);
  });
});
