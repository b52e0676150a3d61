import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { access } from '../auth/access';
import { Principal } from '../auth/role';
import { Page } from '../common/pagination.dto';
import { shipPointOf } from '../geo/locate';
import { orderStory } from './order-story';
import { ManufacturerOrderDetail, OrderQuery, OrderSummary } from './manufacturer-orders.dto';
import { cancelOrder } from './order-cancellation';
import { Order } from './order.entity';

const summary = (o: Order): OrderSummary => ({
  id: o.id,
  number: o.number,
  status: o.status,
  currency: o.currency,
  totalMinor: o.totalMinor,
  payoutMinor: o.payoutMinor,
  customerName: o.customerName,
  shipCity: o.shipCity,
  shipRegion: o.shipRegion,
  resolvesAt: o.resolvesAt,
  createdAt: o.createdAt,
});

/** A manufacturer's own orders: it sold them, so it sees the customer; never another manufacturer's. */
@Injectable()
export class ManufacturerOrdersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(principal: Principal, query: OrderQuery): Promise<Page<OrderSummary>> {
    const manufacturerId = access.manufacturerOf(principal);
    const builder = this.dataSource
      .createQueryBuilder(Order, 'o')
      .where('o.manufacturer_id = :manufacturerId', { manufacturerId })
      .orderBy('o.created_at', 'DESC')
      .addOrderBy('o.id', 'DESC')
      .take(query.limit)
      .skip(query.offset);
    if (query.status) builder.andWhere('o.status = :status', { status: query.status });
    if (query.from) builder.andWhere('o.created_at >= :from', { from: query.from });
    if (query.to) builder.andWhere('o.created_at < :to', { to: query.to });
    const [orders, total] = await builder.getManyAndCount();
    return { items: orders.map(summary), total, limit: query.limit, offset: query.offset };
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
    const order = await this.own(manager, manufacturerId, id);
    const { lines, timeline, fulfiller } = await orderStory(manager, id);
    return {
      ...summary(order),
      customerEmail: order.customerEmail,
      customerPhone: order.customerPhone,
      shippingAddress: {
        line1: order.shipLine1,
        line2: order.shipLine2,
        city: order.shipCity,
        region: order.shipRegion,
        postalCode: order.shipPostalCode,
        country: order.shipCountry,
        lat: order.shipLat,
        lng: order.shipLng,
        located: shipPointOf(order.shipLocatedBy),
      },
      lines,
      history: timeline,
      fulfiller,
      cancelReason: order.cancelReason,
    };
  }
}
