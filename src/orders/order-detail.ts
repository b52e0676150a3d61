import { EntityManager } from 'typeorm';
import { shipPointOf } from '../geo/locate';
import { ManufacturerOrderDetail, OrderSummary } from './manufacturer-orders.dto';
import { Order } from './order.entity';
import { orderStory } from './order-story';

/** An order in a list, for those allowed to see its customer (its manufacturer, ops). */
export const orderSummary = (o: Order): OrderSummary => ({
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

/** An order with its customer, address, lines, history and fulfiller; the caller has checked access to it. */
export async function orderDetail(manager: EntityManager, order: Order): Promise<ManufacturerOrderDetail> {
  const { lines, timeline, fulfiller } = await orderStory(manager, order.id);
  return {
    ...orderSummary(order),
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
