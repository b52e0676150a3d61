import { DataSource } from 'typeorm';
import { Page, PageQuery } from './pagination.dto';

export interface PagedSql {
  /** The select list. */
  columns: string;
  /** FROM … WHERE …, using the parameters $1…$n. */
  from: string;
  orderBy: string;
}

/** One page of a SQL list and the total it pages through, read side by side. */
export async function queryPage<T>(db: DataSource, sql: PagedSql, params: unknown[], page: PageQuery): Promise<Page<T>> {
  const limit = `LIMIT $${params.length + 1} OFFSET $${params.length + 2}`;
  const [items, [{ total }]] = await Promise.all([
    db.query<T[]>(`SELECT ${sql.columns} ${sql.from} ORDER BY ${sql.orderBy} ${limit}`, [...params, page.limit, page.offset]),
    db.query<{ total: number }[]>(`SELECT count(*)::int AS total ${sql.from}`, params),
  ]);
  return { items, total, limit: page.limit, offset: page.offset };
}
