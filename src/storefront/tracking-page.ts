import { formatDate } from '../common/locale-format';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { TrackingService } from '../orders/tracking.service';
import { Store } from '../stores/store.entity';
import { StorefrontPages } from './storefront-pages';
import { OrderStatus } from '../orders/order-status';
import { TrackedOrder } from '../orders/order-views';
import { CustomerRating } from '../ratings/ratings.dto';
import { RatingsService } from '../ratings/ratings.service';
import { customerReturnWords } from '../workspace/status-words';
import { CustomerReturns } from '../returns/returns.dto';
import { ReturnsService } from '../returns/returns.service';
import { trackingView } from './storefront-views';

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

// A token that opens no order reads as not found; anything else (the database busy) stays what it is, so the
// shopper is told to try again rather than that the order does not exist.
const notFoundAsNull = (error: unknown): null => {
  if (error instanceof DomainError && error.code === ErrorCode.NotFound) return null;
  throw error;
};

/** The store and the order a tracking link opens; a wrong token, or another store's order, is not found (404). */
export async function trackedOrder(
  pages: StorefrontPages,
  tracking: TrackingService,
  slug: string,
  token: string,
): Promise<{ store: Store; order: TrackedOrder }> {
  const store = await pages.store(slug);
  const order = await tracking.track(token).catch(notFoundAsNull);
  if (!order || order.storeSlug !== slug) {
    throw new DomainError(ErrorCode.NotFound, 'We could not find this order. Check the link in your confirmation e-mail.');
  }
  return { store, order };
}

/**
 * trackedOrder with the order's returns and rating as its customer sees them, all read in one transaction (the
 * tracking page's reads; see trackingPageOf).
 */
export async function trackedOrderWithAftercare(
  pages: StorefrontPages,
  tracking: TrackingService,
  returns: ReturnsService,
  ratings: RatingsService,
  slug: string,
  token: string,
): Promise<{ store: Store; order: TrackedOrder; returns: CustomerReturns; rating: CustomerRating }> {
  const store = await pages.store(slug);
  const read = await tracking
    .trackWith(token, async (manager, order) => ({
      returns: await returns.ofOrder(manager, order.id),
      rating: await ratings.ofOrder(manager, order),
    }))
    .catch(notFoundAsNull);
  if (!read || read.order.storeSlug !== slug) {
    throw new DomainError(ErrorCode.NotFound, 'We could not find this order. Check the link in your confirmation e-mail.');
  }
  return { store, order: read.order, ...read.more };
}

/**
 * The tracking page's view-model: the order (times in the customer's zone, plain status), its pickup in the
 * store's time zone, its returns and its rating, as trackedOrderWithAftercare read them. The tracking page and
 * the rating form that re-shows it both use it.
 */
export function trackingPageOf(order: TrackedOrder, token: string, mine: CustomerReturns, rating: CustomerRating, ratingError?: string) {
  return { order: trackingView(order), token, ratingError, ...aftercareView(order, mine, rating) };
}

/** The pickup, returns and rating parts of the tracking page. */
export function aftercareView(order: TrackedOrder, returns: CustomerReturns, rating: CustomerRating, now = new Date()) {
  const zone = order.pickup?.timeZone ?? order.timeZone;
  const day = (d: Date | null) => (d ? formatDate(new Date(d), zone) : '');
  const until = returns.returnableUntil ? new Date(returns.returnableUntil) : null;
  return {
    pickup: order.pickup && { ...order.pickup, next: pickupNext(order.status, order.pickup, day) },
    returns: {
      canAsk: !!until && until > now && returns.returnable.some((line) => line.quantity > 0),
      until: until && day(until),
      list: returns.returns.map((r) => ({ ...r, statusText: customerReturnWords(r.status), refundedOn: day(r.refundedAt) })),
    },
    rating,
  };
}

/** What happens after checkout for a pickup order, in the shopper's words (the confirmation page). */
export function pickupSteps(pickup: PickupInfo, storeName: string): string[] {
  const day = (d: Date | null) => (d ? formatDate(new Date(d), pickup.timeZone) : '');
  return [
    `${pickup.store} (${pickup.address}) confirms by ${day(pickup.acceptBy)} that it has your order; if it cannot, ${storeName} ships it to the store.`,
    'When it is ready we e-mail you a pickup code; show it at the counter.',
    "Collect it within the store's pickup window: we remind you before it ends, and an order not collected is cancelled.",
  ];
}
