import { EntityManager } from 'typeorm';
import { preparedQuery } from '../database/prepared-query';
import { autoBidJobs } from '../inventory/auto-bids.service';
import { OrderEvent } from './order-event.entity';
import { OrderLine } from './order-line.entity';
import { Order } from './order.entity';

/** One step of an order's history as placement records it (order_events, without the order and the time). */
export type OrderHistoryEntry = Pick<OrderEvent, 'fromStatus' | 'toStatus' | 'actor' | 'note'>;

/** The order row a placement writes: every column but the number, which the database's sequence gives. */
export type NewOrderRow = Omit<Order, 'number' | 'store' | 'manufacturer' | 'cancelledAt' | 'cancelReason' | 'erasedAt' | 'lines'>;

export interface NewOrder {
  row: NewOrderRow;
  /** order_lines rows, in the customer's order. */
  lines: Omit<OrderLine, 'id' | 'orderId' | 'order' | 'product'>[];
  /** order_events rows, oldest first: their ids keep this order. */
  history: OrderHistoryEntry[];
  /** Queue the customer's "order received" e-mail in the outbox. */
  emailReceived: boolean;
  /** Queue the automatic-bids job, if any retailer bids automatically on this manufacturer. */
  autoBid: boolean;
}

// Placement's hot path is one round trip: the order, its lines, its history and its outbox rows go in one
// statement of data-modifying CTEs instead of six INSERTs (each a network round trip plus the ORM's query
// building). The child rows reference the order through `placed`, so nothing is written if the order is not.
// Rows arrive as JSON and are typed by the tables' own row types (jsonb_populate_recordset), so every column
// keeps the type, default and check it has for any other writer. Foreign keys are checked at the end of the
// statement, when the order row exists.
const WRITE_ORDER = `
WITH placed AS (
  INSERT INTO orders (id, manufacturer_id, store_id, status, currency, total_minor, payout_minor, customer_name, customer_email,
                      customer_phone, ship_line1, ship_line2, ship_city, ship_region, ship_postal_code, ship_country, ship_lat,
                      ship_lng, ship_located_by, tracking_token, posted_at, resolves_at, pickup_location_id, created_at)
  SELECT id, manufacturer_id, store_id, status, currency, total_minor, payout_minor, customer_name, customer_email,
         customer_phone, ship_line1, ship_line2, ship_city, ship_region, ship_postal_code, ship_country, ship_lat,
         ship_lng, ship_located_by, tracking_token, posted_at, resolves_at, pickup_location_id, created_at
    FROM jsonb_populate_record(NULL::orders, $1::jsonb)
  RETURNING id, number, manufacturer_id
), lines AS (
  INSERT INTO order_lines (order_id, product_id, sku, name, quantity, unit_price_minor, unit_fulfilment_price_minor)
  SELECT placed.id, l.product_id, l.sku, l.name, l.quantity, l.unit_price_minor, l.unit_fulfilment_price_minor
    FROM placed, jsonb_populate_recordset(NULL::order_lines, $2::jsonb) WITH ORDINALITY AS l
   ORDER BY l.ordinality
), history AS (
  INSERT INTO order_events (order_id, from_status, to_status, actor, note)
  SELECT placed.id, e.from_status, e.to_status, e.actor, e.note
    FROM placed, jsonb_populate_recordset(NULL::order_events, $3::jsonb) WITH ORDINALITY AS e
   ORDER BY e.ordinality
), received AS (
  INSERT INTO notifications (channel, event, order_id, payload)
  SELECT 'email', 'order.received', placed.id, '{}' FROM placed WHERE $4::boolean
), auto_bid AS (
  ${autoBidJobs('(SELECT id, manufacturer_id FROM placed WHERE $5::boolean)')}
)
SELECT number FROM placed`;

/** snake_case keys, as jsonb_populate_record matches them to columns; Dates go as ISO 8601 strings. */
function asColumns(row: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), value]));
}

/**
 * Writes a new order with its lines, history and outbox rows in one statement, inside the caller's
 * transaction (the orders trigger puts a posted order on the board). Returns the row with the number the
 * sequence gave it (a string: the column is bigint). Throws the driver's error on a constraint violation.
 */
export async function writeOrder(manager: EntityManager, order: NewOrder): Promise<NewOrderRow & { number: string }> {
  const [{ number }] = await preparedQuery<{ number: string }>(manager, WRITE_ORDER, [
    JSON.stringify(asColumns(order.row)),
    JSON.stringify(order.lines.map(asColumns)),
    JSON.stringify(order.history.map(asColumns)),
    order.emailReceived,
    order.autoBid,
  ]);
  return { ...order.row, number: String(number) };
}
