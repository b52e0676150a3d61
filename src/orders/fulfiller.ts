import { EntityManager } from 'typeorm';
import { Manufacturer } from '../manufacturers/manufacturer.entity';
import { AwardKind } from '../resolution/award.entity';
import { Fulfiller } from './order-views';

interface LiveAwardRow {
  kind: AwardKind;
  distance_km: number | null;
  retailer_name: string | null;
  location_city: string | null;
  location_region: string | null;
}

/** Who fulfils an order now (its live award), said the way the customer reads it; null before the award. */
export async function currentFulfiller(manager: EntityManager, orderId: string, manufacturerId: string): Promise<Fulfiller | null> {
  const [award]: LiveAwardRow[] = await manager.query(
    `SELECT a.kind, a.distance_km, r.name AS retailer_name, l.city AS location_city, l.region AS location_region
       FROM awards a
       LEFT JOIN retailers r ON r.id = a.retailer_id
       LEFT JOIN retailer_locations l ON l.id = a.location_id
      WHERE a.order_id = $1 AND a.superseded_at IS NULL`,
    [orderId],
  );
  if (!award) return null;
  if (award.kind === AwardKind.Manufacturer) {
    const maker = await manager.findOneByOrFail(Manufacturer, { id: manufacturerId });
    return { kind: 'manufacturer', name: maker.name, place: null, distanceKm: null, summary: `Shipped by ${maker.name}` };
  }
  const place = award.location_city ? `${award.location_city}, ${award.location_region}` : null;
  const distance = award.distance_km === null ? null : Math.round(award.distance_km * 10) / 10;
  return {
    kind: 'retailer',
    name: award.retailer_name!,
    place,
    distanceKm: distance,
    summary: `${award.retailer_name}${place ? `, ${award.location_city} ${award.location_region}` : ''} — ${distance} km from you, the nearest retailer that had it in stock`,
  };
}
