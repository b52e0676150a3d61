import { access } from '../auth/access';
import { Principal, Role } from '../auth/role';

export type FulfillerKind = 'retailer' | 'manufacturer';

/**
 * Who is paid by payouts: a retailer for the orders it shipped; a manufacturer for its share of its store's orders,
 * whoever shipped them, and the fulfilment of those it shipped itself.
 */
export interface Fulfiller {
  kind: FulfillerKind;
  id: string;
}

/** The caller's own organisation as a fulfiller (the access check: a 403 for ops and customers). */
export function fulfillerOf(principal: Principal): Fulfiller {
  return principal.role === Role.Retailer
    ? { kind: 'retailer', id: access.retailerOf(principal) }
    : { kind: 'manufacturer', id: access.manufacturerOf(principal) };
}
