import type { Insight } from '../insight/insight.dto';
import { DealerSort } from '../insight/insight.dto';
import { dateTimeFormat } from '../common/intl-formats';
import { FULFILLER_KEYS, insightCharts } from './insight-charts';
import { ReaderFormat } from './workspace-format';
import { offsetPager, pageStart } from './workspace-pager';

const DEALER_COLUMNS: { key: DealerSort; label: string; number: boolean }[] = [
  { key: 'name', label: 'Dealer', number: false },
  { key: 'awards', label: 'Awards', number: true },
  { key: 'winRate', label: 'Bids won', number: true },
  { key: 'chosen', label: 'Chosen by customers', number: true },
  { key: 'meanShipHours', label: 'Mean time to ship', number: true },
  { key: 'lateShare', label: 'Late', number: true },
  { key: 'declines', label: 'Declines', number: true },
  { key: 'returns', label: 'Returns', number: true },
  { key: 'rating', label: 'Rating', number: true },
];

/** Dealers a page of the dealer table shows; the CSV and the API hold them all. */
export const INSIGHT_DEALERS_PAGE_SIZE = 50;

/** The period a page opens on: this month and the two before it, by week. */
export function defaultInsightPeriod(now = new Date()) {
  const day = (months: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, 1)).toISOString().slice(0, 10);
  return { from: day(-2), to: day(1), granularity: 'week' };
}

/** The dealer table's order as asked; by default by awards, highest first (by name it starts at A), as the report sorts it. */
export function dealerOrderOf(query: { sort?: DealerSort; order?: 'asc' | 'desc' }): { sort: DealerSort; order: 'asc' | 'desc' } {
  const sort = query.sort ?? 'awards';
  return { sort, order: query.order ?? (sort === 'name' ? 'asc' : 'desc') };
}

/**
 * What the shared "@insight-report" view needs beside the report: both charts per currency, words for a series slot,
 * the dealer table's sort links (same page, same period), the CSV's address, and the dealer table's page: from row
 * `page.offset` (`?offset=`, see pageOffsetOf), INSIGHT_DEALERS_PAGE_SIZE rows of each currency's table, with links to
 * the pages before and after that keep the period and the sort.
 */
export function insightPageModel(
  report: Insight,
  format: ReaderFormat,
  page: { path: string; csvPath: string; query: Record<string, string>; sort: DealerSort; order: 'asc' | 'desc'; offset: number },
) {
  const slotLabel = (start: string) => {
    const at = new Date(`${start}T00:00:00Z`);
    const options: Intl.DateTimeFormatOptions =
      report.granularity === 'month' ? { month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short' };
    return dateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }).format(at);
  };
  const periodQuery = { ...page.query, from: report.from, to: report.to, granularity: report.granularity };
  const sortLink = (key: DealerSort) => {
    const order = key === page.sort ? (page.order === 'asc' ? 'desc' : 'asc') : key === 'name' ? 'asc' : 'desc';
    return `${page.path}?${new URLSearchParams({ ...periodQuery, sort: key, order })}`;
  };
  // One offset pages every currency's table: a store sells in one currency, so there is almost always one table.
  const total = Math.max(0, ...report.currencies.map((c) => c.dealers.length));
  const from = pageStart(page.offset, total, INSIGHT_DEALERS_PAGE_SIZE);
  return {
    report,
    // A currency's table on this page: its rows, and which of them are shown once the tables page ("51–70 shown";
    // another currency's shorter table has shown all its dealers on the pages before).
    dealerPage: (dealers: Insight['currencies'][number]['dealers']) => ({
      rows: dealers.slice(from, from + INSIGHT_DEALERS_PAGE_SIZE),
      shown:
        total <= INSIGHT_DEALERS_PAGE_SIZE
          ? null
          : dealers.length > from
            ? `${from + 1}–${Math.min(from + INSIGHT_DEALERS_PAGE_SIZE, dealers.length)} shown`
            : dealers.length <= INSIGHT_DEALERS_PAGE_SIZE
              ? 'all on the first page'
              : 'all on earlier pages',
    }),
    // Named for the dealers: on a page about periods, a bare "Next" reads as the next week or month.
    pager: {
      ...offsetPager(page.path, { total, limit: INSIGHT_DEALERS_PAGE_SIZE, offset: from }, { ...periodQuery, sort: page.sort, order: page.order }),
      label: 'Dealer table pages',
      previousText: 'Previous dealers',
      nextText: 'Next dealers',
    },
    charts: report.currencies.map((c) => insightCharts(c, slotLabel, (km) => format.distance(km))),
    fulfillerKeys: FULFILLER_KEYS,
    slotLabel,
    sortLink,
    sort: page.sort,
    order: page.order,
    dealerColumns: [...DEALER_COLUMNS, { key: null, label: 'Trend', number: false }],
    csv: `${page.csvPath}?${new URLSearchParams({ ...periodQuery, sort: page.sort, order: page.order })}`,
  };
}
