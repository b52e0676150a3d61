import { ApiProperty, OmitType } from '@nestjs/swagger';
import { PickupLocationsQuery } from '../pickup/pickup.dto';
import { EntityManager } from 'typeorm';
import { approvedDealer, AREA_KM, SHOWN_KM, withinReach } from '../board/board.sql';
import { DomainError, ErrorCode } from '../errors/domain-error';

export class ChoosableDealer {
  @ApiProperty({ format: 'uuid', description: 'Send it as chosenDealerId when placing the order' }) retailerId: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Whole km from its nearest location in reach to the area of the address' }) distanceKm: number;
}

export class ChoosableDealerList {
  @ApiProperty({ type: [ChoosableDealer], maxItems: 20 }) items: ChoosableDealer[];
}

/** Where the customer ships: a US ZIP code, or lat and lng. */
export class DealersNearQuery extends OmitType(PickupLocationsQuery, ['withinKm'] as const) {}

const DEALERS_SHOWN = 20;

/**
 * The dealers a customer shipping to (`lat`, `lng`) may choose to support: the approved dealers of
 * `manufacturerId` with an active location whose service radius holds the address's area (as the board
 * decides reach), nearest first by that distance in whole km, then name. At most 20.
 */
export async function choosableDealers(manager: EntityManager, manufacturerId: string, lat: number, lng: number): Promise<ChoosableDealer[]> {
  return manager.query(
    `SELECT r.id AS "retailerId", r.name, ${SHOWN_KM('min(' + AREA_KM + ')')} AS "distanceKm"
       FROM (SELECT $1::uuid AS manufacturer_id, $2::float8 AS ship_lat, $3::float8 AS ship_lng) o
       JOIN retailer_locations l ON l.active AND ${withinReach()}
       JOIN retailers r ON r.id = l.retailer_id
      WHERE ${approvedDealer('l.retailer_id')}
      GROUP BY r.id, r.name
      ORDER BY "distanceKm", r.name, r.id
      LIMIT ${DEALERS_SHOWN}`,
    [manufacturerId, lat, lng],
  );
}

/** The chosen dealer if the customer may choose it for this address (choosableDealers' rule), else a 422 naming the field. */
export async function assertChoosable(
  manager: EntityManager,
  manufacturerId: string,
  retailerId: string,
  point: { lat: number | null; lng: number | null },
  slug: string,
): Promise<void> {
  const [row] =
    point.lat === null || point.lng === null
      ? []
      : await manager.query<unknown[]>(
          `SELECT 1 FROM (SELECT $1::uuid AS manufacturer_id, $3::float8 AS ship_lat, $4::float8 AS ship_lng) o
             JOIN retailer_locations l ON l.retailer_id = $2 AND l.active AND ${withinReach()}
            WHERE ${approvedDealer('l.retailer_id')} LIMIT 1`,
          [manufacturerId, retailerId, point.lat, point.lng],
        );
  if (!row) {
    throw new DomainError(
      ErrorCode.Unprocessable,
      `chosenDealerId is not a dealer that delivers to this address; choose one from GET /api/v1/stores/${slug}/dealers, or leave it out`,
      'chosenDealerId',
    );
  }
}

export class ChosenDealerView {
  @ApiProperty() name: string;
  @ApiProperty({
    enum: ['waiting', 'confirmed', 'passed_on', 'no_capacity', 'did_not_bid'],
    description:
      'waiting: bidding is open; confirmed: it bid and ships it; passed_on: it bid, won, then could not ship it; no_capacity: it bid but could take no more orders that day; did_not_bid: it did not confirm stock before bidding closed, so the nearest dealer rule applied',
  })
  outcome: 'waiting' | 'confirmed' | 'passed_on' | 'no_capacity' | 'did_not_bid';
  @ApiProperty({ description: 'The outcome in a sentence for the customer' }) message: string;
}

/**
 * The dealer the customer of order `orderId` chose, and what came of the choice; null when none was chosen, or
 * when the order was cancelled or expired before it was decided.
 * Decided from its bid and the order's awards: an open bid while the order is on the board is a promise
 * still to be kept; after the close, a live award to it means it confirmed.
 */
export async function chosenDealerStory(manager: EntityManager, orderId: string): Promise<ChosenDealerView | null> {
  const [row]: {
    name: string;
    brand: string;
    undecided: boolean;
    ended: boolean;
    live: boolean;
    had: boolean;
    bid: boolean;
    fulfiller: 'retailer' | 'manufacturer' | null;
  }[] = await manager.query(
    `SELECT r.name, s.name AS brand, o.status IN ('awaiting_payment', 'placed', 'posted') AS undecided, o.status IN ('cancelled', 'expired') AS ended,
            live.kind AS fulfiller, coalesce(live.retailer_id = r.id, false) AS live,
            EXISTS (SELECT 1 FROM awards a WHERE a.order_id = o.id AND a.retailer_id = r.id) AS had,
            EXISTS (SELECT 1 FROM bids b WHERE b.order_id = o.id AND b.retailer_id = r.id AND b.status = 'open') AS bid
       FROM orders o JOIN retailers r ON r.id = o.chosen_retailer_id JOIN stores s ON s.id = o.store_id
       LEFT JOIN awards live ON live.order_id = o.id AND live.superseded_at IS NULL
      WHERE o.id = $1`,
    [orderId],
  );
  if (!row) return null;
  const { name } = row;
  // Who ships it instead, as the order's live award says (the brand by its store's name: the customer is on its store).
  const nearest =
    row.fulfiller === 'manufacturer'
      ? `so ${row.brand} ships it itself`
      : row.fulfiller === 'retailer'
        ? 'so the nearest dealer who confirmed it had it in stock ships it'
        : `so the nearest dealer who confirms it has it in stock ships it, or ${row.brand} itself if none does`;
  // Cancelled or never paid before bidding closed: nothing came of the choice, and nothing is promised.
  if (row.ended && !row.had) return null;
  if (row.undecided) {
    return {
      name,
      outcome: 'waiting',
      message: `You chose ${name}. If ${name} confirms it has it in stock before bidding closes, ${name} ships your order`,
    };
  }
  if (row.live) return { name, outcome: 'confirmed', message: `You chose ${name}; ${name} confirmed it has it in stock` };
  if (row.had) return { name, outcome: 'passed_on', message: `You chose ${name}; ${name} could not ship it after all, ${nearest}` };
  if (row.bid)
    return { name, outcome: 'no_capacity', message: `You chose ${name}; ${name} had it in stock but could take no more orders that day, ${nearest}` };
  return { name, outcome: 'did_not_bid', message: `You chose ${name}; ${name} did not confirm it had it in stock before bidding closed, ${nearest}` };
}
