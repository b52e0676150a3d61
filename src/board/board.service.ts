import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { access } from '../auth/access';
import { Principal } from '../auth/role';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { BoardEntry, BoardPage, BoardQuery, CAPACITY_LOCATIONS, OpsBoardView } from './board.dto';
import { BID_PREFERENCE, CHOSEN } from '../resolution/award-rule';
import { BID_STATUS, BOARD_PLANNING, boardQuery, LINES, SHIP_AREA } from './board.sql';
import { preparedQuery } from '../database/prepared-query';
import { minorUnitsSql } from '../common/money';
import { locationsToday } from '../retailers/location-today';

/** The orders a retailer may bid on, nearest first, with a cursor that survives new orders arriving. */
@Injectable()
export class BoardService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(principal: Principal, query: BoardQuery): Promise<BoardPage> {
    const retailerId = access.retailerOf(principal);
    const [sql, params] = boardQuery({
      retailerId,
      maxDistanceKm: query.maxDistanceKm,
      manufacturerId: query.manufacturerId,
      sku: query.sku,
      after: query.cursor ? decodeCursor(query.cursor) : undefined,
      limit: query.limit,
    });
    const [items, today] = await Promise.all([
      // Read-only; the transaction only scopes BOARD_PLANNING to this statement.
      this.dataSource.transaction(async (manager) => {
        await manager.query(BOARD_PLANNING);
        return preparedQuery<BoardEntry>(manager, sql, params);
      }),
      locationsToday(this.dataSource, 'l.retailer_id = $1 AND l.active', [retailerId], CAPACITY_LOCATIONS),
    ]);
    const last = items.length === query.limit ? items[items.length - 1] : undefined;
    const capacity = [...today].map(([id, { name, ...day }]) => ({ location: { id, name }, ...day }));
    return { items, capacity, nextCursor: last ? encodeCursor(last.distanceKm, last.orderId) : null };
  }

  // Ops are not a tenant: the route admits only them, and they read any order, never its customer.
  async entryForOps(orderId: string): Promise<OpsBoardView> {
    const [entry] = await this.dataSource.query<(OpsBoardView | undefined)[]>(
      `SELECT o.id AS "orderId", o.number, o.status, json_build_object('id', m.id, 'name', m.name) AS manufacturer,
              s.name AS "storeName", ${LINES} AS lines, ${minorUnitsSql('o.payout_minor')} AS "payoutMinor", o.currency,
              ${SHIP_AREA} AS "shipTo", o.posted_at AS "postedAt", o.resolves_at AS "resolvesAt",
              json_build_object('locatedBy', o.ship_located_by, 'approximate', o.ship_located_by IN ('city', 'postal-prefix')) AS located,
              (SELECT coalesce(json_agg(json_build_object(
                        'id', b.id, 'retailer', json_build_object('id', r.id, 'name', r.name),
                        'location', json_build_object('id', l.id, 'name', l.name),
                        'distanceKm', d.km, 'status', ${BID_STATUS}, 'placedAt', b.placed_at)
                      ORDER BY ${BID_PREFERENCE('d.km', CHOSEN())}), '[]')
                 FROM bids b
                 JOIN retailers r ON r.id = b.retailer_id
                 JOIN retailer_locations l ON l.id = b.location_id
                 CROSS JOIN LATERAL (SELECT nearfill_distance_km(l.lat, l.lng, o.ship_lat, o.ship_lng) AS km) d
                WHERE b.order_id = o.id) AS bids
         FROM orders o
         JOIN manufacturers m ON m.id = o.manufacturer_id
         JOIN stores s ON s.id = o.store_id
        WHERE o.id = $1`,
      [orderId],
    );
    return access.found(entry, 'Order');
  }
}

function encodeCursor(distanceKm: number, orderId: string): string {
  return Buffer.from(JSON.stringify([distanceKm, orderId])).toString('base64url');
}

// The cursor is the last entry's shown distance (whole km) and id: nothing the page did not already show.
// No two points on Earth are more than 20,016 km apart.
function decodeCursor(cursor: string): { distanceKm: number; orderId: string } {
  try {
    const [distanceKm, orderId] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    if (
      typeof distanceKm === 'number' &&
      Number.isInteger(distanceKm) &&
      distanceKm >= 0 &&
      distanceKm <= 20_016 &&
      typeof orderId === 'string' &&
      /^[0-9a-f-]{36}$/i.test(orderId)
    ) {
      return { distanceKm, orderId };
    }
  } catch {
    // fall through to the error below
  }
  throw new DomainError(ErrorCode.BadRequest, 'cursor is not valid; send the nextCursor of the previous page, or none for the first page');
}
