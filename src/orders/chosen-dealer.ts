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
export async function assertChoosable(manager: EntityManager, manufacturerId: string, retailerId: string, point: { lat: number | null; lng: number | null }, slug: string): Promise<void> {
  const [row] =
    point.lat === null || point.lng === null
      ? []
      : await manager.query(
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
