/** Stored: open or withdrawn. Won and lost are how an open bid reads once its order is decided (BID_STATUS). */
export enum BidStatus {
  Open = 'open',
  Withdrawn = 'withdrawn',
  Won = 'won',
  Lost = 'lost',
}
