import { SelectQueryBuilder } from 'typeorm';
import { Product } from './product.entity';

/** How a store's catalogue can be ordered; `relevance` only means something with search words. */
export const CATALOGUE_SORTS = ['relevance', 'name', 'price-asc', 'price-desc', 'newest'] as const;
export type CatalogueSort = (typeof CATALOGUE_SORTS)[number];

// Matches the products_search index (migration 1795540000000) exactly, so the index serves the search.
const DOCUMENT = `to_tsvector('english'::regconfig, p.name || ' ' || p.description)`;

/**
 * A shopper's words as a PostgreSQL tsquery: every word must match, the last one also as a prefix (so
 * "gravel bi" finds "Gravel bike" while typing). Only letters and digits pass, so no input can break the
 * query syntax; null when nothing searchable is left.
 */
export function searchQuery(words: string): string | null {
  const terms =
    words
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 8) ?? [];
  if (!terms.length) return null;
  return terms.map((term, i) => (i === terms.length - 1 ? `${term}:*` : term)).join(' & ');
}

/** Narrows `builder` (products aliased `p`) to the search words and orders it; ties by name, then id. */
export function applyCatalogueSearch(builder: SelectQueryBuilder<Product>, words: string | undefined, sort: CatalogueSort | undefined) {
  const query = words ? searchQuery(words) : null;
  if (query) builder.andWhere(`${DOCUMENT} @@ to_tsquery('english', :query)`, { query });
  const order = sort ?? (query ? 'relevance' : 'name');
  if (order === 'relevance' && query) {
    builder.addSelect(`ts_rank(${DOCUMENT}, to_tsquery('english', :query))`, 'rank').orderBy('rank', 'DESC');
  } else if (order === 'price-asc' || order === 'price-desc') {
    builder.orderBy('p.price_minor', order === 'price-asc' ? 'ASC' : 'DESC');
  } else if (order === 'newest') {
    builder.orderBy('p.created_at', 'DESC');
  } else {
    builder.orderBy('p.name', 'ASC');
  }
  return builder.addOrderBy('p.name', 'ASC').addOrderBy('p.id', 'ASC');
}
