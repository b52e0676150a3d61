import { minorUnitsSql } from '../common/money';

/** A return as every audience reads it (alias `r`): its lines, its history and who handles it. */
export const RETURN_VIEW = `
  SELECT r.id, r.order_id AS "orderId", o.number::text AS "orderNumber", r.status,
         coalesce(rt.name, m.name) AS "handledBy", r.currency, ${minorUnitsSql('r.refund_minor')} AS "refundMinor",
         r.instructions, r.refusal_reason AS "refusalReason", r.requested_at AS "requestedAt",
         r.received_at AS "receivedAt", r.refunded_at AS "refundedAt", r.provider_refund_id AS "providerRefundId",
         (SELECT coalesce(json_agg(json_build_object('sku', ol.sku, 'name', ol.name, 'quantity', rl.quantity, 'reason', rl.reason,
                                                     'unitPriceMinor', ol.unit_price_minor) ORDER BY ol.sku), '[]')
            FROM return_lines rl JOIN order_lines ol ON ol.id = rl.order_line_id WHERE rl.return_id = r.id) AS lines,
         (SELECT coalesce(json_agg(json_build_object('at', e.at, 'status', e.to_status, 'note', e.note) ORDER BY e.id), '[]')
            FROM return_events e WHERE e.return_id = r.id) AS history
    FROM returns r
    JOIN orders o ON o.id = r.order_id
    JOIN manufacturers m ON m.id = r.manufacturer_id
    LEFT JOIN retailers rt ON rt.id = r.retailer_id`;
