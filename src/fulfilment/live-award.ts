import { EntityManager } from 'typeorm';
import { access } from '../auth/access';
import { Principal, Role } from '../auth/role';
import { Award, AwardKind } from '../resolution/award.entity';

/** The caller's side of an award: a retailer fulfils its retailer awards, a manufacturer its fallback ones. */
export function fulfillerOf(principal: Principal): { kind: AwardKind; tenantId: string; actor: string } {
  if (principal.role === Role.Manufacturer) {
    const manufacturerId = access.manufacturerOf(principal);
    return { kind: AwardKind.Manufacturer, tenantId: manufacturerId, actor: `manufacturer:${principal.userId}` };
  }
  const retailerId = access.retailerOf(principal);
  return { kind: AwardKind.Retailer, tenantId: retailerId, actor: `retailer:${retailerId}` };
}

/** The order's live award, locked, if the caller is its current fulfiller; otherwise the order is not found. */
export async function liveAwardFor(manager: EntityManager, fulfiller: { kind: AwardKind; tenantId: string }, orderId: string): Promise<Award> {
  const column = fulfiller.kind === AwardKind.Retailer ? 'a.retailer_id' : 'o.manufacturer_id';
  const [row]: { id: string }[] = await manager.query(
    `SELECT a.id FROM awards a JOIN orders o ON o.id = a.order_id
      WHERE a.order_id = $1 AND a.superseded_at IS NULL AND a.kind = $2 AND ${column} = $3
      FOR UPDATE OF a`,
    [orderId, fulfiller.kind, fulfiller.tenantId],
  );
  return manager.findOneByOrFail(Award, { id: access.found(row, 'Order').id });
}
