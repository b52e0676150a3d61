import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { access } from '../auth/access';
import { Principal } from '../auth/role';
import { Page, PageQuery } from '../common/pagination.dto';
import { queryPage } from '../common/query-page';
import { SHIP_BY } from '../resolution/award.entity';
import { WonOrderView } from './won-order.dto';
import { minorUnitsSql } from '../common/money';
import { RETAILER_AWARD_REASON } from '../notifications/outbox';

// Only the live award counts: once superseded (declined, SLA missed) the retailer loses sight of the customer.
const WON = `
  FROM awards a
  JOIN orders o ON o.id = a.order_id
  JOIN manufacturers m ON m.id = o.manufacturer_id
  JOIN stores s ON s.id = o.store_id
  WHERE a.retailer_id = $1 AND a.kind = 'retailer' AND a.superseded_at IS NULL`;

/** A timestamp inside JSON in the API's one form, ISO 8601 in UTC with milliseconds (as `Date#toJSON` writes it). */
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const COLUMNS = `
  o.id, o.number, o.status,
         json_build_object('id', m.id, 'name', m.name) AS manufacturer, s.name AS "storeName",
         o.currency, ${minorUnitsSql('o.payout_minor')} AS "payoutMinor",
         (SELECT coalesce(json_agg(json_build_object('sku', ol.sku, 'name', ol.name, 'quantity', ol.quantity,
                                                     'unitFulfilmentPriceMinor', ol.unit_fulfilment_price_minor) ORDER BY ol.sku, ol.id), '[]')
            FROM order_lines ol WHERE ol.order_id = o.id) AS lines,
         json_build_object('name', o.customer_name, 'email', o.customer_email, 'phone', o.customer_phone) AS customer,
         json_build_object('line1', o.ship_line1, 'line2', o.ship_line2, 'city', o.ship_city, 'region', o.ship_region,
                           'postalCode', o.ship_postal_code, 'country', o.ship_country, 'lat', o.ship_lat, 'lng', o.ship_lng) AS "shipTo",
         json_build_object('locationId', a.location_id, 'distanceKm', a.distance_km, 'reason', ${RETAILER_AWARD_REASON}, 'awardedAt', a.created_at) AS award,
         ${SHIP_BY} AS "shipBy",
         (SELECT coalesce(json_agg(json_build_object('carrier', sh.carrier, 'trackingNumber', sh.tracking_number,
                                                     'shippedAt', ${iso('sh.shipped_at')}, 'deliveredAt', ${iso('sh.delivered_at')}) ORDER BY sh.shipped_at, sh.id), '[]')
            FROM shipments sh WHERE sh.award_id = a.id) AS shipments`;

/** The orders a retailer won: the only place a retailer sees the customer's name, address and contact. */
@Injectable()
export class WonOrdersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(principal: Principal, query: PageQuery): Promise<Page<WonOrderView>> {
    const retailerId = access.retailerOf(principal);
    return queryPage(this.dataSource, { columns: COLUMNS, from: WON, orderBy: 'a.created_at DESC, o.id' }, [retailerId], query);
  }

  /** How many of the caller's won orders still wait to be shipped (awarded, not shipped nor declined). */
  async toShipCount(principal: Principal): Promise<number> {
    const retailerId = access.retailerOf(principal);
    const [row] = await this.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n ${WON} AND o.status = 'awarded_retailer'`, [retailerId]);
    return row.n;
  }

  async get(principal: Principal, orderId: string): Promise<WonOrderView> {
    const retailerId = access.retailerOf(principal);
    const [order] = await this.dataSource.query<(WonOrderView | undefined)[]>(`SELECT ${COLUMNS} ${WON} AND o.id = $2`, [retailerId, orderId]);
    return access.found(order, 'Order');
  }
}
