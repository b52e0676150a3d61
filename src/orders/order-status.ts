export enum OrderStatus {
  Placed = 'placed',
  Posted = 'posted',
  AwardedRetailer = 'awarded_retailer',
  AwardedManufacturer = 'awarded_manufacturer',
  Shipped = 'shipped',
  Delivered = 'delivered',
  Cancelled = 'cancelled',
}

/**
 * The order lifecycle, written once. A re-route (decline, missed ship-by SLA) moves an awarded order
 * to the next bidder or to the manufacturer, so awarded_retailer may follow itself.
 */
export const ORDER_TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  // Military mail skips the board: straight to the manufacturer (orders/military-mail.ts).
  [OrderStatus.Placed]: [OrderStatus.Posted, OrderStatus.AwardedManufacturer, OrderStatus.Cancelled],
  [OrderStatus.Posted]: [OrderStatus.AwardedRetailer, OrderStatus.AwardedManufacturer, OrderStatus.Cancelled],
  [OrderStatus.AwardedRetailer]: [OrderStatus.AwardedRetailer, OrderStatus.AwardedManufacturer, OrderStatus.Shipped],
  [OrderStatus.AwardedManufacturer]: [OrderStatus.Shipped],
  [OrderStatus.Shipped]: [OrderStatus.Delivered],
  [OrderStatus.Delivered]: [],
  [OrderStatus.Cancelled]: [],
};

/** The states from which `to` may be reached. */
export function statesLeadingTo(to: OrderStatus): OrderStatus[] {
  return (Object.keys(ORDER_TRANSITIONS) as OrderStatus[]).filter((from) => ORDER_TRANSITIONS[from].includes(to));
}

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

const DESCRIPTIONS: Record<OrderStatus, string> = {
  [OrderStatus.Placed]: 'placed',
  [OrderStatus.Posted]: 'on the bid board',
  [OrderStatus.AwardedRetailer]: 'awarded to a retailer',
  [OrderStatus.AwardedManufacturer]: 'awarded to the manufacturer',
  [OrderStatus.Shipped]: 'shipped',
  [OrderStatus.Delivered]: 'delivered',
  [OrderStatus.Cancelled]: 'cancelled',
};

export const describeStatus = (status: OrderStatus) => DESCRIPTIONS[status];
