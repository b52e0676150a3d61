import { BrowsedPage, Page } from '../common/pagination.dto';

/** `?offset=` of a page-able table in rows; a hand-edited one that is not a whole number is read as the start. */
export const pageOffsetOf = (value: unknown): number => (typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : 0);

/** The first row shown for `?offset=` in a table of `total` rows shown `limit` at a time: one past the end shows the last page. */
export function pageStart(offset: number, total: number, limit: number): number {
  const last = Math.max(0, total - 1);
  return Math.min(offset, last - (last % limit));
}

/** Previous/next links for an offset-paged list (`?offset=`), keeping the page's other query parameters. */
export function offsetPager(path: string, page: { total: number; limit: number; offset: number }, keep: Record<string, string> = {}) {
  const link = (offset: number) => `${path}?${new URLSearchParams({ ...keep, ...(offset ? { offset: String(offset) } : {}) })}`.replace(/\?$/, '');
  return {
    previous: page.offset > 0 ? link(Math.max(0, page.offset - page.limit)) : undefined,
    next: page.offset + page.limit < page.total ? link(page.offset + page.limit) : undefined,
  };
}

/** offsetPager for a service's page of results at `base`, keeping the filters that are set. */
export function pagerOf(
  page: Page<unknown> | BrowsedPage<unknown>,
  base: string,
  filters: Record<string, string | undefined>,
): { previous?: string; next?: string } {
  const kept = Object.fromEntries(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])));
  // A browsed page has no total: one row past it stands for "more follow".
  const total = 'more' in page ? page.offset + page.limit + (page.more ? 1 : 0) : page.total;
  return offsetPager(base, { total, limit: page.limit, offset: page.offset }, kept);
}
