import { DomainError, ErrorCode } from '../errors/domain-error';
import { Principal, Role } from './role';

/**
 * The one access helper. Services call it first, and scope every query by the tenant it returns,
 * so another tenant's objects are simply not found (404) rather than revealed.
 */
export const access = {
  manufacturerOf(principal: Principal): string {
    if (principal.role !== Role.Manufacturer || !principal.manufacturerId) {
      throw new DomainError(ErrorCode.Forbidden, 'Only manufacturer accounts can do this');
    }
    return principal.manufacturerId;
  },

  retailerOf(principal: Principal): string {
    if (principal.role !== Role.Retailer || !principal.retailerId) {
      throw new DomainError(ErrorCode.Forbidden, 'Only retailer accounts can do this');
    }
    return principal.retailerId;
  },

  /** A signed-in admin of the caller's organisation; `what` names what they manage, for the message. */
  requireTenantAdmin(principal: Principal, what = 'its users'): void {
    if (principal.kind !== 'user' || !principal.isAdmin) {
      throw new DomainError(ErrorCode.Forbidden, `Only an admin of your organisation can manage ${what}`);
    }
  },

  /** The object must exist and belong to the caller's tenant; otherwise it does not exist for them. */
  found<T>(entity: T | null | undefined, what: string): T {
    if (!entity) throw DomainError.notFound(what);
    return entity;
  },
};
