import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { access } from '../auth/access';
import { Principal } from '../auth/role';
import { Page } from '../common/pagination.dto';
import { Manufacturer } from '../manufacturers/manufacturer.entity';
import { Store } from '../stores/store.entity';
import { OpsOrderDetail, OpsOrderQuery, OpsOrderSummary } from './manufacturer-orders.dto';
import { cancelOrder } from './order-cancellation';
import { orderDetail, orderSummary } from './order-detail';
import { Order } from './order.entity';

/** Orders across every store, for ops supporting customers and stores. */
@Injectable()
export class OpsOrdersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first; `q` is an order number ('#1042' or '1042') or a customer's e-mail (or its start, any case). */
  async search(principal: Principal, query: OpsOrderQuery): Promise<Page<OpsOrderSummary>> {
    const [items, total] = await this.matching(principal, query);
    return { items, total, limit: query.limit, offset: query.offset };
  }

  /**
   * search() for the console's list, whose count stops past max(`countUpTo`, offset + limit) matching orders (so
   * a page deep in the list still knows whether one follows): `totalIsAtLeast` says it stopped, and `total` is then
   * that bound + 1. Counting all of a million orders cost about 60 ms of database time on each view of the list; a
   * search by number or e-mail still counts its few exactly.
   */
  async browse(principal: Principal, query: OpsOrderQuery, countUpTo: number): Promise<Page<OpsOrderSummary> & { totalIsAtLeast: boolean }> {
    const cap = Math.max(countUpTo, query.offset + query.limit) + 1;
    const [items, total] = await this.matching(principal, query, cap);
    return { items, total, totalIsAtLeast: total === cap, limit: query.limit, offset: query.offset };
  }

  /** The page of orders `query` asks for, and how many match it in all (counted up to `cap`). */
  private async matching(principal: Principal, query: OpsOrderQuery, cap?: number): Promise<[OpsOrderSummary[], number]> {
    access.requireOps(principal);
    const matching = this.dataSource.createQueryBuilder(Order, 'o');
    const number = query.q?.replace(/^#/, '');
    if (number && /^\d{1,18}$/.test(number)) matching.andWhere('o.number = :number', { number });
    else if (query.q) matching.andWhere(`lower(o.customer_email) LIKE :email ESCAPE '\\'`, { email: `${likePrefix(query.q.toLowerCase())}%` });
    if (query.status) matching.andWhere('o.status = :status', { status: query.status });
    // limit/offset, not take/skip: each order joins one store, so TypeORM's DISTINCT over every matching order (a
    // sort of all of them before the page) is not needed, and the newest-first index hands over the page. The count
    // is of the matching orders alone (each has its store), not a COUNT(DISTINCT) over the join, and stops at `cap`.
    const counting = matching.clone().select('1');
    if (cap !== undefined) counting.limit(cap);
    const [orders, counted] = await Promise.all([
      matching
        .clone()
        .innerJoinAndMapOne('o.store', Store, 's', 's.id = o.store_id')
        .orderBy('o.created_at', 'DESC')
        .addOrderBy('o.id', 'DESC')
        .limit(query.limit)
        .offset(query.offset)
        .getMany(),
      this.dataSource
        .createQueryBuilder()
        .select('count(*)::int', 'total')
        .from(`(${counting.getQuery()})`, 'matching')
        .setParameters(counting.getParameters())
        .getRawOne<{ total: number }>(),
    ]);
    const items = orders.map((o) => ({
      ...orderSummary(o),
      customerEmail: o.customerEmail,
      storeName: (o as Order & { store: Store }).store.name,
    }));
    return [items, counted?.total ?? 0];
  }

  /** Any order with its story (history, award, fulfiller); its board entry and bids are BoardService.entryForOps. */
  get(principal: Principal, id: string): Promise<OpsOrderDetail> {
    access.requireOps(principal);
    return this.dataSource.transaction(async (manager) => {
      const order = access.found(await manager.findOneBy(Order, { id }), 'Order');
      const store = await manager.findOneByOrFail(Store, { id: order.storeId });
      const manufacturer = await manager.findOneByOrFail(Manufacturer, { id: order.manufacturerId });
      return {
        ...(await orderDetail(manager, order)),
        storeName: store.name,
        storeSlug: store.slug,
        manufacturerId: manufacturer.id,
        manufacturerName: manufacturer.name,
      };
    });
  }

  /**
   * Cancels any store's order before its award (409 after). The reason stays inside Nearfill, in the order's
   * history; the customer is told the order is cancelled, without it.
   */
  async cancel(principal: Principal, id: string, reason: string): Promise<OpsOrderDetail> {
    access.requireOps(principal);
    await this.dataSource.transaction(async (manager) => {
      access.found(await manager.findOneBy(Order, { id }), 'Order');
      await cancelOrder(manager, id, `ops:${principal.userId}`, null, `Cancelled by Nearfill operations: ${reason}`);
    });
    return this.get(principal, id);
  }
}

/** The text with LIKE's wildcards taken literally. */
const likePrefix = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
