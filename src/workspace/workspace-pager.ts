import { BrowsedPage, Page } from '../common/pagination.dto';

/** The shared pager's links for a page of results at `base` with the page's filters kept. */
export function pagerOf(
  page: Page<unknown> | BrowsedPage<unknown>,
  base: string,
  filters: Record<string, string | undefined>,
): { previous?: string; next?: string } {
  const link = (offset: number) => {
    const query = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])));
    if (offset) query.set('offset', String(offset));
    return query.size ? `${base}?${query}` : base;
  };
  return {
    previous: page.offset > 0 ? link(Math.max(0, page.offset - page.limit)) : undefined,
    next: ('more' in page ? page.more : page.offset + page.limit < page.total) ? link(page.offset + page.limit) : undefined,
  };
}
