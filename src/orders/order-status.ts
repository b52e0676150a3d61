export enum OrderStatus {
  /** Created at checkout, off the board and holding no stock until the customer's card is authorised. */
  AwaitingPayment = 'awaiting_payment',
  /** The hosted payment page lapsed (or was left) without a payment: the order never reaches the board. */
  Expired = 'expired',
  Placed = 'placed',
  Posted = 'posted',
  AwardedRetailer = 'awarded_retailer',
  AwardedManufacturer = 'awarded_manufacturer',
  Shipped = 'shipped',
  Delivered = 'delivered',
  Cancelled = 'cancelled',
  /** Pick up in store: assigned to the chosen location, waiting for it to accept. */
  PickupAssigned = 'pickup_assigned',
  PickupAccepted = 'pickup_accepted',
  /** The store did not accept in time or declined: the manufacturer ships the order to that store. */
  ShipToStore = 'ship_to_store',
  ReadyForPickup = 'ready_for_pickup',
  PickedUp = 'picked_up',
}

/**
 * The order lifecycle, written once. A re-route (decline, missed ship-by SLA) moves an awarded order
 * to the next bidder or to the manufacturer, so awarded_retailer may follow itself. A pickup order skips
 * the board: assigned to its store, then accepted there or shipped to it by the manufacturer (shipped),
 * ready for pickup, and picked up with its code or cancelled when not collected in time. Every order waits for
 * its payment first: authorised, it is placed; never paid, it expires.
 */
export const ORDER_TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  // Authorised: placed (then posted, assigned to its pickup store, or awarded to the manufacturer at once).
  [OrderStatus.AwaitingPayment]: [OrderStatus.Placed, OrderStatus.Expired, OrderStatus.Cancelled],
  [OrderStatus.Expired]: [],
  // Military mail skips the board: straight to the manufacturer (orders/military-mail.ts).
  [OrderStatus.Placed]: [OrderStatus.Posted, OrderStatus.AwardedManufacturer, OrderStatus.PickupAssigned, OrderStatus.Cancelled],
  [OrderStatus.Posted]: [OrderStatus.AwardedRetailer, OrderStatus.AwardedManufacturer, OrderStatus.Cancelled],
  [OrderStatus.AwardedRetailer]: [OrderStatus.AwardedRetailer, OrderStatus.AwardedManufacturer, OrderStatus.Shipped],
  [OrderStatus.AwardedManufacturer]: [OrderStatus.Shipped],
  [OrderStatus.Shipped]: [OrderStatus.Delivered, OrderStatus.ReadyForPickup],
  [OrderStatus.Delivered]: [],
  [OrderStatus.Cancelled]: [],
  [OrderStatus.PickupAssigned]: [OrderStatus.PickupAccepted, OrderStatus.ShipToStore],
  [OrderStatus.PickupAccepted]: [OrderStatus.ReadyForPickup],
  [OrderStatus.ShipToStore]: [OrderStatus.Shipped],
  [OrderStatus.ReadyForPickup]: [OrderStatus.PickedUp, OrderStatus.Cancelled],
  [OrderStatus.PickedUp]: [],
};

/** Where a customer or the manufacturer may still cancel: before anyone is to fulfil the order. */
export const CANCELLABLE = [OrderStatus.AwaitingPayment, OrderStatus.Placed, OrderStatus.Posted];

/** The states from which `to` may be reached. */
export function statesLeadingTo(to: OrderStatus): OrderStatus[] {
  return (Object.keys(ORDER_TRANSITIONS) as OrderStatus[]).filter((from) => ORDER_TRANSITIONS[from].includes(to));
}

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

const DESCRIPTIONS: Record<OrderStatus, string> = {
  [OrderStatus.AwaitingPayment]: 'waiting for payment',
  [OrderStatus.Expired]: 'expired unpaid',
  [OrderStatus.Placed]: 'placed',
  [OrderStatus.Posted]: 'on the bid board',
  [OrderStatus.AwardedRetailer]: 'awarded to a retailer',
  [OrderStatus.AwardedManufacturer]: 'awarded to the manufacturer',
  [OrderStatus.Shipped]: 'shipped',
  [OrderStatus.Delivered]: 'delivered',
  [OrderStatus.Cancelled]: 'cancelled',
  [OrderStatus.PickupAssigned]: 'waiting for the store to accept it',
  [OrderStatus.PickupAccepted]: 'accepted by the store',
  [OrderStatus.ShipToStore]: 'being shipped to the store by the manufacturer',
  [OrderStatus.ReadyForPickup]: 'ready for pickup',
  [OrderStatus.PickedUp]: 'picked up',
};

export const describeStatus = (status: OrderStatus) => DESCRIPTIONS[status];
