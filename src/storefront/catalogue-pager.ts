/** Products on one catalogue page: four rows of the widest grid (4 columns), an even number for the phone's 2. */
export const CATALOGUE_PAGE_SIZE = 48;

/** The furthest page a link may ask for; beyond it (or a word, or 0) the address is read as page 1 or the last page. */
const MAX_PAGE = 1_000_000;

/** `?page=` as a page number from 1; anything else is read as the first page, not refused. */
export function pageNumberOf(value: unknown): number {
  const page = typeof value === 'string' && /^\d{1,7}$/.test(value) ? Number(value) : 1;
  return Math.min(Math.max(page, 1), MAX_PAGE);
}

export interface CataloguePager {
  page: number;
  pages: number;
  previous?: string;
  next?: string;
}

/**
 * The catalogue pager's words and links for page `page` of `pages` at `base`, with the shopper's search and sort
 * kept (empty values left out, page 1 without `?page=`), so paging works as plain links without JavaScript.
 */
export function cataloguePager(base: string, page: number, pages: number, keep: Record<string, string>): CataloguePager {
  const link = (to: number) => {
    const query = new URLSearchParams(Object.entries(keep).filter(([, value]) => value));
    if (to > 1) query.set('page', String(to));
    return query.size ? `${base}?${query}` : base;
  };
  return { page, pages, previous: page > 1 ? link(page - 1) : undefined, next: page < pages ? link(page + 1) : undefined };
}
