import { formatDate } from '../common/locale-format';
import { describeStatus, OrderStatus } from '../orders/order-status';
import { TrackedOrder } from '../orders/order-views';
import { CustomerRating } from '../ratings/ratings.dto';
import { describeReturnStatus } from '../returns/return-status';
import { CustomerReturns } from '../returns/returns.dto';

type PickupInfo = NonNullable<TrackedOrder['pickup']>;

/** What the pickup block says the customer should expect next, by the order's state. */
function pickupNext(status: OrderStatus, p: PickupInfo, day: (d: Date | null) => string): string | null {
  switch (status) {
    case OrderStatus.PickupAssigned:
      return `The store confirms by ${day(p.acceptBy)}; if it cannot, the manufacturer ships your order there.`;
    case OrderStatus.PickupAccepted:
      return 'The store has it and is getting it ready. We e-mail you your pickup code when it is.';
    case OrderStatus.ShipToStore:
    case OrderStatus.Shipped:
      return `On its way to the store; expect it ready by ${day(p.estimatedReadyAt)}.`;
    case OrderStatus.ReadyForPickup:
      return `Ready! Show your code at the counter by ${day(p.collectBy)}; after that the order is cancelled.`;
    case OrderStatus.PickedUp:
      return `Picked up on ${day(p.pickedUpAt)}.`;
    default:
      return null;
  }
}

/** The tracking page's view-model: the order, its pickup in the store's time zone, its returns and its rating. */
export function trackingPage(order: TrackedOrder, returns: CustomerReturns, rating: CustomerRating, now = new Date()) {
  const zone = order.pickup?.timeZone ?? 'UTC';
  const day = (d: Date | null) => (d ? formatDate(new Date(d), zone) : '');
  const until = returns.returnableUntil ? new Date(returns.returnableUntil) : null;
  return {
    order,
    statusText: describeStatus(order.status),
    pickup: order.pickup && { ...order.pickup, next: pickupNext(order.status, order.pickup, day) },
    returns: {
      canAsk: !!until && until > now && returns.returnable.some((line) => line.quantity > 0),
      until: until && day(until),
      list: returns.returns.map((r) => ({ ...r, statusText: describeReturnStatus(r.status), refundedOn: day(r.refundedAt) })),
    },
    rating,
  };
}
