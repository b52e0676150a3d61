import { Catch, Injectable } from '@nestjs/common';
import { join } from 'node:path';
import { Principal, Role } from '../auth/role';
import { PAYOUT_SETTINGS_PATHS } from '../payouts/payout-accounts.service';
import { timeZoneAt } from '../geo/time-zone';
import { LocationsService } from '../retailers/locations.service';
import { ReturnsService } from '../returns/returns.service';
import { WonOrdersService } from '../board/won-orders.service';
import { PickupService } from '../pickup/pickup.service';
import { WorkspaceAudience } from '../workspace/workspace-audience';
import { WorkspaceCsrf } from '../workspace/workspace-csrf';
import { Reader } from '../workspace/workspace-format';
import { WorkspacePageFilter } from '../workspace/workspace-page.filter';
import { NavCounts, WorkspacePages } from '../workspace/workspace-pages';
import { WorkspaceSessions } from '../workspace/workspace-session';

const BASE = '/retailer';

/** Every address of the retailer's workspace, in one place for controllers and views (none shares a path with the API). */
export const RETAILER_PATHS = {
  board: `${BASE}/bid-board`,
  bid: (orderId: string) => `${BASE}/bid-board/${orderId}/bid`,
  withdraw: (orderId: string) => `${BASE}/bid-board/${orderId}/withdraw`,
  orders: `${BASE}/won`,
  order: (id: string) => `${BASE}/won/${id}`,
  slip: (id: string) => `${BASE}/won/${id}/packing-slip`,
  ship: (id: string) => `${BASE}/won/${id}/ship`,
  deliver: (id: string) => `${BASE}/won/${id}/deliver`,
  decline: (id: string) => `${BASE}/won/${id}/decline`,
  bids: `${BASE}/my-bids`,
  inventory: `${BASE}/stock`,
  inventoryCount: (locationId: string) => `${BASE}/stock/${locationId}/count`,
  inventoryAutoBids: (manufacturerId: string) => `${BASE}/stock/auto-bids/${manufacturerId}`,
  pickups: `${BASE}/pickup-orders`,
  pickupStep: (orderId: string, step: string) => `${BASE}/pickup-orders/${orderId}/${step}`,
  returns: `${BASE}/customer-returns`,
  returnPage: (id: string) => `${BASE}/customer-returns/${id}`,
  returnStep: (id: string, step: string) => `${BASE}/customer-returns/${id}/${step}`,
  statements: `${BASE}/statement`,
  statementCsv: `${BASE}/statement/csv`,
  locations: `${BASE}/settings/locations`,
  location: (id: string) => `${BASE}/settings/locations/${id}`,
  deactivate: (id: string) => `${BASE}/settings/locations/${id}/deactivate`,
  dealers: `${BASE}/settings/dealers`,
  apiKeys: `${BASE}/settings/api-keys`,
  revokeKey: (id: string) => `${BASE}/settings/api-keys/${id}/revoke`,
  webhook: `${BASE}/settings/webhook`,
  ping: `${BASE}/settings/webhook/ping`,
  removeWebhook: `${BASE}/settings/webhook/remove`,
  team: `${BASE}/settings/team`,
  disableUser: (id: string) => `${BASE}/settings/team/${id}/disable`,
  payouts: PAYOUT_SETTINGS_PATHS.retailer,
};

export const RETAILER_WORKSPACE: WorkspaceAudience = {
  title: 'Nearfill retailer',
  basePath: BASE,
  role: Role.Retailer,
  audienceName: 'retailer staff',
  home: RETAILER_PATHS.board,
  nav: [
    { key: 'board', label: 'Board', href: RETAILER_PATHS.board },
    { key: 'orders', label: 'Won orders', href: RETAILER_PATHS.orders },
    { key: 'pickups', label: 'Pickups', href: RETAILER_PATHS.pickups },
    { key: 'returns', label: 'Returns', href: RETAILER_PATHS.returns },
    { key: 'bids', label: 'Bids', href: RETAILER_PATHS.bids },
    { key: 'inventory', label: 'Inventory', href: RETAILER_PATHS.inventory },
    { key: 'statements', label: 'Statements', href: RETAILER_PATHS.statements },
    { key: 'settings', label: 'Settings', href: RETAILER_PATHS.locations },
  ],
};

/**
 * Whom the retailer's pages are written for: the country and time zone of its first active location (the zone
 * derived offline from its coordinates), so a US shop reads miles and its own local times.
 */
export function retailerReader(locations: { country: string; lat: number; lng: number; active: boolean }[]): Reader {
  const home = locations.find((l) => l.active) ?? locations[0];
  return home ? { country: home.country, timeZone: timeZoneAt(home.lat, home.lng) } : { country: 'US', timeZone: 'UTC' };
}

@Injectable()
export class RetailerPages extends WorkspacePages {
  constructor(
    csrf: WorkspaceCsrf,
    sessions: WorkspaceSessions,
    private readonly locations: LocationsService,
    private readonly won: WonOrdersService,
    private readonly pickups: PickupService,
    private readonly returns: ReturnsService,
  ) {
    super(RETAILER_WORKSPACE, join(__dirname, 'views'), csrf, sessions, RETAILER_PATHS);
  }

  /** The shop's waiting work (orders to ship, pickups to handle, returns to decide), so the navigation says where it waits. */
  protected override async navCounts(principal: Principal): Promise<NavCounts> {
    if (principal.role !== Role.Retailer) return {};
    const [toShip, pickups, returns] = await Promise.all([
      this.won.toShipCount(principal),
      this.pickups.waitingCount(principal),
      this.returns.counts(principal),
    ]);
    return {
      orders: { count: toShip, words: 'to ship' },
      pickups: { count: pickups, words: 'waiting on you' },
      returns: { count: returns.requested, words: 'to decide' },
    };
  }

  /** The signed-in shop as a reader of its pages (see `retailerReader`). */
  async readerFor(principal: Principal): Promise<Reader> {
    return retailerReader(await this.locations.list(principal, {}));
  }
}

@Injectable()
@Catch()
export class RetailerPageFilter extends WorkspacePageFilter {
  constructor(pages: RetailerPages) {
    super(pages);
  }
}
