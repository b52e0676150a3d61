import { EntityManager } from 'typeorm';

/** Whose bids can no longer be fulfilled: those placed from a location, or a retailer's on one manufacturer's orders. */
export type UnfulfillableBids = { locationId: string } | { retailerId: string; manufacturerId: string };

/**
 * Withdraws those bids on orders still on the board (a location stopped shipping, a dealer approval was
 * revoked). Orders already decided keep their outcome: the winner still fulfils what it won.
 */
export async function withdrawBidsOnBoard(manager: EntityManager, bids: UnfulfillableBids): Promise<void> {
  const [which, params] =
    'locationId' in bids
      ? ['b.location_id = $1', [bids.locationId]]
      : ['b.retailer_id = $1 AND o.manufacturer_id = $2', [bids.retailerId, bids.manufacturerId]];
  await manager.query(
    `UPDATE bids b SET status = 'withdrawn', updated_at = now()
       FROM orders o
      WHERE ${which} AND b.status = 'open' AND o.id = b.order_id AND o.status = 'posted'`,
    params,
  );
}
