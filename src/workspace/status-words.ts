import { BidStatus } from '../board/bid-status';
import { DealerStatus } from '../dealers/dealer-status';
import { OrderStatus } from '../orders/order-status';
import { ReturnStatus } from '../returns/return-status';
import type { PayoutStatus } from '../payouts/payout-runs.service';

/**
 * The words people read for stored states: pages never show an enum value. The retailer reads an order from
 * the side of the one who must ship it; bids and dealerships read the same for every audience.
 */
const RETAILER_ORDER_WORDS: Record<OrderStatus, string> = {
  [OrderStatus.AwaitingPayment]: 'Waiting for payment',
  [OrderStatus.Expired]: 'Expired unpaid',
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

// A return (RMA) as whoever handles it reads it: what is waiting on them.
const RETURN_WORDS: Record<ReturnStatus, string> = {
  [ReturnStatus.Requested]: 'To decide',
  [ReturnStatus.Approved]: 'Waiting for the goods',
  [ReturnStatus.Refused]: 'Refused',
  [ReturnStatus.Received]: 'Received — being refunded',
  [ReturnStatus.Refunded]: 'Refunded',
};

// The same return as the customer who asked reads it on the tracking page.
const CUSTOMER_RETURN_WORDS: Record<ReturnStatus, string> = {
  [ReturnStatus.Requested]: 'Waiting for the store’s answer',
  [ReturnStatus.Approved]: 'Approved — send the items back',
  [ReturnStatus.Refused]: 'Not accepted',
  [ReturnStatus.Received]: 'Items received — being refunded',
  [ReturnStatus.Refunded]: 'Refunded',
};

/** A payout's state as its fulfiller reads it (payouts/payout-runs.service.ts says what each means). */
const PAYOUT_WORDS: Record<PayoutStatus, string> = {
  held: 'On hold: finish setting up payouts',
  carried: 'Nothing to pay: carried forward',
  pending: 'Transfer on its way',
  paid: 'Paid',
  failed: 'Delayed: we are on it',
  superseded: 'Replaced by a later payout',
};

/** An order's state as the retailer who won or holds it reads it ("awarded_retailer" → "Won — ship it"). */
export const retailerOrderWords = (status: OrderStatus): string => RETAILER_ORDER_WORDS[status] ?? status;
/** A bid's outcome ("won" → "Won"). */
export const bidWords = (status: BidStatus): string => BID_WORDS[status] ?? status;
/** A dealership's state ("requested" → "Pending"). */
export const dealerWords = (status: DealerStatus): string => DEALER_WORDS[status] ?? status;
/** A return's state for its handler and ops ("requested" → "To decide"). */
export const returnWords = (status: ReturnStatus): string => RETURN_WORDS[status] ?? status;
/** A return's state for the customer ("approved" → "Approved — send the items back"). */
export const customerReturnWords = (status: ReturnStatus): string => CUSTOMER_RETURN_WORDS[status] ?? status;
/** A payout's state ("carried" → "Nothing to pay: carried forward"). */
export const payoutWords = (status: PayoutStatus): string => PAYOUT_WORDS[status] ?? status;
