import { formatDateTime } from '../common/locale-format';
import { OrderStatus } from '../orders/order-status';
import { TrackedOrder } from '../orders/order-views';
import { Store } from '../stores/store.entity';

/** What happens to an order after checkout, in the shopper's words: `decidedBy` is when its shipper is chosen. */
export function nextSteps(store: Store, decidedBy: Date, timeZone?: string, now = new Date()): string[] {
  const hours = Math.max(1, Math.round((decidedBy.getTime() - now.getTime()) / 3_600_000));
  const when = timeZone ? `on ${formatDateTime(decidedBy, timeZone)}` : `in about ${hours} hours`;
  const warehouse = store.warehouseCity ? ` from its own warehouse in ${store.warehouseCity}, ${store.warehouseRegion}` : ' itself';
  return [
    'You pay by card on the next page. Your card is authorised for the total now and charged only when your order ships (or is handed to you in store); if it is cancelled before then, nothing is charged.',
    `We offer your order to authorised ${store.name} dealers near you; dealers who confirm they have everything in stock offer to ship it. They see only your town and ZIP code, never your name, street or contact details.`,
    `Once a day the nearest dealer that offered to ship it is chosen; for this order that happens ${when}. We e-mail you who ships it and from where, and only that dealer then sees your address.`,
    `If no dealer offers, ${store.name} ships it${warehouse}.`,
    'Until the shipper is chosen you can cancel the order from its tracking page.',
  ];
}

// Plain words for the shopper; the API's status names (and "the bid board") are for the trade.
const SHOPPER_STATUS: Record<OrderStatus, string> = {
  [OrderStatus.AwaitingPayment]: 'Waiting for your payment',
  [OrderStatus.Expired]: 'Not paid — this order has expired',
  [OrderStatus.Placed]: 'Received',
  [OrderStatus.Posted]: 'Finding the nearest dealer',
  [OrderStatus.AwardedRetailer]: 'Being packed by a nearby dealer',
  [OrderStatus.AwardedManufacturer]: 'Being packed',
  [OrderStatus.Shipped]: 'On its way',
  [OrderStatus.Delivered]: 'Delivered',
  [OrderStatus.Cancelled]: 'Cancelled',
  [OrderStatus.PickupAssigned]: 'Waiting for the store to confirm',
  [OrderStatus.PickupAccepted]: 'Being prepared at the store',
  [OrderStatus.ShipToStore]: 'Being shipped to the store',
  [OrderStatus.ReadyForPickup]: 'Ready for pickup',
  [OrderStatus.PickedUp]: 'Picked up',
};

/** The tracking page's view of an order: times in the customer's own time zone, status in plain words. */
export function trackingView(order: TrackedOrder) {
  const at = (time: Date | string) => formatDateTime(new Date(time), order.timeZone);
  return {
    ...order,
    statusText: SHOPPER_STATUS[order.status],
    decidedAt: order.resolvesAt ? at(order.resolvesAt) : null,
    timeline: order.timeline.map((entry) => ({ ...entry, iso: new Date(entry.at).toISOString(), when: at(entry.at) })),
  };
}
