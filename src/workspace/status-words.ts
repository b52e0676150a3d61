import { BidStatus } from '../board/bid-status';
import { DealerStatus } from '../dealers/dealer-status';
import { OrderStatus } from '../orders/order-status';

/**
 * The words people read for stored states: pages never show an enum value. The retailer reads an order from
 * the side of the one who must ship it; bids and dealerships read the same for every audience.
 */
const RETAILER_ORDER_WORDS: Record<OrderStatus, string> = {
  [OrderStatus.Placed]: 'Placed',
  [OrderStatus.Posted]: 'Open for bids',
  [OrderStatus.AwardedRetailer]: 'Won — ship it',
  [OrderStatus.AwardedManufacturer]: 'Moved to the manufacturer',
  [OrderStatus.Shipped]: 'Shipped',
  [OrderStatus.Delivered]: 'Delivered',
  [OrderStatus.Cancelled]: 'Cancelled',
  [OrderStatus.PickupAssigned]: 'Waiting for you to accept',
  [OrderStatus.PickupAccepted]: 'Accepted — get it ready',
  [OrderStatus.ShipToStore]: 'Coming from the manufacturer',
  [OrderStatus.ReadyForPickup]: 'Ready for pickup',
  [OrderStatus.PickedUp]: 'Picked up',
};

const BID_WORDS: Record<BidStatus, string> = {
  [BidStatus.Open]: 'Open',
  [BidStatus.Won]: 'Won',
  [BidStatus.Lost]: 'Lost',
  [BidStatus.Withdrawn]: 'Withdrawn',
};

const DEALER_WORDS: Record<DealerStatus, string> = {
  [DealerStatus.Requested]: 'Pending',
  [DealerStatus.Approved]: 'Approved',
  [DealerStatus.Rejected]: 'Declined',
  [DealerStatus.Revoked]: 'Revoked',
};

/** An order's state as the retailer who won or holds it reads it ("awarded_retailer" → "Won — ship it"). */
export const retailerOrderWords = (status: OrderStatus): string => RETAILER_ORDER_WORDS[status] ?? status;
/** A bid's outcome ("won" → "Won"). */
export const bidWords = (status: BidStatus): string => BID_WORDS[status] ?? status;
/** A dealership's state ("requested" → "Pending"). */
export const dealerWords = (status: DealerStatus): string => DEALER_WORDS[status] ?? status;
