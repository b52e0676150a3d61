import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Principal } from '../auth/role';
import { consumeShippedStock } from '../inventory/stock-holds';
import { emailCustomer } from '../notifications/outbox';
import { Order } from '../orders/order.entity';
import { OrderStatus } from '../orders/order-status';
import { transitionOrder } from '../orders/order-transitions';
import { requestCapture } from '../payments/payment-operations';
import { refuseForPickup } from '../pickup/pickup-placement';
import { Clock } from '../resolution/clock';
import { FulfilmentView, ShipOrderDto } from './fulfilment.dto';
import { fulfillerOf, liveAwardFor } from './live-award';
import { Shipment } from './shipment.entity';

/** Shipping and delivering an awarded order; only its current fulfiller may. */
@Injectable()
export class ShipmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  ship(principal: Principal, orderId: string, input: ShipOrderDto): Promise<FulfilmentView> {
    const fulfiller = fulfillerOf(principal);
    return this.dataSource.transaction(async (manager) => {
      const award = await liveAwardFor(manager, fulfiller, orderId);
      await transitionOrder(manager, {
        orderId,
        to: OrderStatus.Shipped,
        actor: fulfiller.actor,
        // The customer's timeline shows this note: it is how they follow the parcel.
        note: `Shipped with ${input.carrier}, tracking number ${input.trackingNumber}`,
      });
      await manager.insert(Shipment, {
        orderId,
        awardId: award.id,
        retailerId: award.retailerId,
        carrier: input.carrier,
        trackingNumber: input.trackingNumber,
        shippedAt: this.clock.now(),
      });
      if (award.locationId) await consumeShippedStock(manager, orderId, award.locationId);
      // The customer's card is charged when the goods leave; a pickup order's when it is handed over.
      const [pickup] = await manager.query<unknown[]>(`SELECT 1 FROM pickups WHERE order_id = $1`, [orderId]);
      if (!pickup) await requestCapture(manager, orderId);
      await emailCustomer(manager, orderId, 'order.shipped');
      return this.view(manager, orderId);
    });
  }

  deliver(principal: Principal, orderId: string): Promise<FulfilmentView> {
    const fulfiller = fulfillerOf(principal);
    return this.dataSource.transaction(async (manager) => {
      await liveAwardFor(manager, fulfiller, orderId);
      await refuseForPickup(manager, orderId);
      await transitionOrder(manager, { orderId, to: OrderStatus.Delivered, actor: fulfiller.actor, note: 'Delivered' });
      await manager.update(Shipment, { orderId }, { deliveredAt: this.clock.now() });
      await emailCustomer(manager, orderId, 'order.delivered');
      return this.view(manager, orderId);
    });
  }

  private async view(manager: EntityManager, orderId: string): Promise<FulfilmentView> {
    const order = await manager.findOneByOrFail(Order, { id: orderId });
    const shipment = await manager.findOneBy(Shipment, { orderId });
    return {
      orderId,
      number: order.number,
      status: order.status,
      carrier: shipment?.carrier ?? null,
      trackingNumber: shipment?.trackingNumber ?? null,
      shippedAt: shipment?.shippedAt ?? null,
      deliveredAt: shipment?.deliveredAt ?? null,
    };
  }
}
