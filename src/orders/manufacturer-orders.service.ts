import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { access } from '../auth/access';
import { Principal } from '../auth/role';
import { BrowsedPage, Page } from '../common/pagination.dto';
import { orderDetail, orderSummary } from './order-detail';
import { ManufacturerOrderDetail, OrderQuery, OrderSummary, OrderToShip } from './manufacturer-orders.dto';
import { minorUnitsSql } from '../common/money';
import { SHIP_BY } from '../resolution/award.entity';
import { cancelOrder } from './order-cancellation';
import { Order } from './order.entity';

/** A manufacturer's own orders: it sold them, so it sees the customer; never another manufacturer's. */
@Injectable()
export class ManufacturerOrdersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(principal: Principal, query: OrderQuery): Promise<Page<OrderSummary>> {
    const [orders, total] = await this.matching(principal, query).take(query.limit).skip(query.offset).getManyAndCount();
    return { items: orders.map(orderSummary), total, limit: query.limit, offset: query.offset };
  }

  /**
   * list() without the total, for the workspace's order list, which shows none: whether more orders follow is read
   * as one row past the page. Counting every order of a manufacturer with a year of sales (a million) cost about
   * 70 ms of database time on each view of the list; the page's rows cost about 1 ms.
   */
  async browse(principal: Principal, query: OrderQuery): Promise<BrowsedPage<OrderSummary>> {
    const orders = await this.matching(principal, query)
      .limit(query.limit + 1)
      .offset(query.offset)
      .getMany();
    return { items: orders.slice(0, query.limit).map(orderSummary), more: orders.length > query.limit, limit: query.limit, offset: query.offset };
  }

  /** The manufacturer's orders `query` asks for (status, placed from/to), newest first. */
  private matching(principal: Principal, query: OrderQuery) {
    const manufacturerId = access.manufacturerOf(principal);
    const builder = this.dataSource
      .createQueryBuilder(Order, 'o')
      .where('o.manufacturer_id = :manufacturerId', { manufacturerId })
      .orderBy('o.created_at', 'DESC')
      .addOrderBy('o.id', 'DESC');
    if (query.status) builder.andWhere('o.status = :status', { status: query.status });
    if (query.from) builder.andWhere('o.created_at >= :from', { from: query.from });
    if (query.to) builder.andWhere('o.created_at < :to', { to: query.to });
    return builder;
  }

  /**
   * The orders the manufacturer ships itself and has not shipped yet (a fallback award, or to a pickup store),
   * the most urgent first: each with its ship-by instant (the award plus the store's ship-by days).
   */
  toShip(principal: Principal): Promise<OrderToShip[]> {
    const manufacturerId = access.manufacturerOf(principal);
    return this.dataSource.query(
      `SELECT o.id, o.number::text AS number, o.status, o.customer_name AS "customerName", o.ship_city AS "shipCity",
              o.ship_region AS "shipRegion", o.currency, ${minorUnitsSql('o.total_minor')} AS "totalMinor",
              (SELECT sum(ol.quantity)::int FROM order_lines ol WHERE ol.order_id = o.id) AS units,
              ${SHIP_BY} AS "shipBy"
         FROM orders o
         JOIN awards a ON a.order_id = o.id AND a.superseded_at IS NULL AND a.kind = 'manufacturer'
         JOIN stores s ON s.id = o.store_id
        WHERE o.manufacturer_id = $1 AND o.status IN ('awarded_manufacturer', 'ship_to_store')
        ORDER BY "shipBy", o.number
        LIMIT 500`,
      [manufacturerId],
    );
  }

  get(principal: Principal, id: string): Promise<ManufacturerOrderDetail> {
    const manufacturerId = access.manufacturerOf(principal);
    return this.dataSource.transaction((manager) => this.detail(manager, manufacturerId, id));
  }

  cancel(principal: Principal, id: string, reason: string): Promise<ManufacturerOrderDetail> {
    const manufacturerId = access.manufacturerOf(principal);
    return this.dataSource.transaction(async (manager) => {
      await this.own(manager, manufacturerId, id);
      await cancelOrder(manager, id, `manufacturer:${principal.userId}`, reason, `Cancelled by the store: ${reason}`);
      return this.detail(manager, manufacturerId, id);
    });
  }

  private async own(manager: EntityManager, manufacturerId: string, id: string): Promise<Order> {
    return access.found(await manager.findOneBy(Order, { id, manufacturerId }), 'Order');
  }

  private async detail(manager: EntityManager, manufacturerId: string, id: string): Promise<ManufacturerOrderDetail> {
    return orderDetail(manager, await this.own(manager, manufacturerId, id));
  }
}
