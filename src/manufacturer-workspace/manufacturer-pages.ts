import { Catch, Injectable } from '@nestjs/common';
import { join } from 'node:path';
import { Principal, Role } from '../auth/role';
import { timeZoneAt } from '../geo/time-zone';
import { StoresService } from '../stores/stores.service';
import { Reader, UNKNOWN_READER } from '../workspace/workspace-format';
import { PAYOUT_SETTINGS_PATHS } from '../payouts/payout-accounts.service';
import { WorkspaceAudience } from '../workspace/workspace-audience';
import { WorkspaceCsrf } from '../workspace/workspace-csrf';
import { WorkspacePageFilter } from '../workspace/workspace-page.filter';
import { WorkspacePages } from '../workspace/workspace-pages';
import { WorkspaceSessions } from '../workspace/workspace-session';

const BASE = '/manufacturer';

/** Every address of the manufacturer's workspace (none shares a path with the API's /manufacturer/...). */
export const MANUFACTURER_PATHS = {
  store: `${BASE}/branding`,
  storeImage: (kind: string) => `${BASE}/branding/${kind}`,
  removeStoreImage: (kind: string) => `${BASE}/branding/${kind}/remove`,
  launch: `${BASE}/branding/launch`,
  previewStore: `${BASE}/branding/preview`,
  catalogue: `${BASE}/catalogue`,
  newProduct: `${BASE}/catalogue/new`,
  product: (id: string) => `${BASE}/catalogue/${id}`,
  productImage: (id: string) => `${BASE}/catalogue/${id}/image`,
  dealers: `${BASE}/dealership`,
  decide: (id: string, decision: string) => `${BASE}/dealership/${id}/${decision}`,
  toShip: `${BASE}/to-ship`,
  orders: `${BASE}/sales`,
  order: (id: string) => `${BASE}/sales/${id}`,
  cancel: (id: string) => `${BASE}/sales/${id}/cancel`,
  packingSlip: (id: string) => `${BASE}/sales/${id}/packing-slip`,
  ship: (id: string) => `${BASE}/sales/${id}/ship`,
  deliver: (id: string) => `${BASE}/sales/${id}/deliver`,
  returns: `${BASE}/customer-returns`,
  returnPage: (id: string) => `${BASE}/customer-returns/${id}`,
  returnStep: (id: string, step: string) => `${BASE}/customer-returns/${id}/${step}`,
  emails: `${BASE}/sent-emails`,
  email: (id: string) => `${BASE}/sent-emails/${id}`,
  statements: `${BASE}/statement`,
  statementCsv: `${BASE}/statement/csv`,
  payouts: PAYOUT_SETTINGS_PATHS.manufacturer,
  replays: `${BASE}/what-if`,
  insight: `${BASE}/fulfilment-insight`,
  insightCsv: `${BASE}/fulfilment-insight/csv`,
  insightRates: `${BASE}/fulfilment-insight/shipping-rates`,
};

export const MANUFACTURER_WORKSPACE: WorkspaceAudience = {
  title: 'Nearfill manufacturer',
  basePath: BASE,
  role: Role.Manufacturer,
  audienceName: 'manufacturer staff',
  home: MANUFACTURER_PATHS.orders,
  nav: [
    { key: 'orders', label: 'Orders', href: MANUFACTURER_PATHS.orders },
    { key: 'toShip', label: 'To ship', href: MANUFACTURER_PATHS.toShip },
    { key: 'returns', label: 'Returns', href: MANUFACTURER_PATHS.returns },
    { key: 'catalogue', label: 'Catalogue', href: MANUFACTURER_PATHS.catalogue },
    { key: 'dealers', label: 'Dealers', href: MANUFACTURER_PATHS.dealers },
    { key: 'insight', label: 'Insight', href: MANUFACTURER_PATHS.insight },
    { key: 'statements', label: 'Statements', href: MANUFACTURER_PATHS.statements },
    { key: 'emails', label: 'E-mails', href: MANUFACTURER_PATHS.emails },
    { key: 'replays', label: 'What if', href: MANUFACTURER_PATHS.replays },
    { key: 'payouts', label: 'Payouts', href: MANUFACTURER_PATHS.payouts },
    { key: 'store', label: 'Store', href: MANUFACTURER_PATHS.store },
  ],
};

@Injectable()
export class ManufacturerPages extends WorkspacePages {
  constructor(
    csrf: WorkspaceCsrf,
    sessions: WorkspaceSessions,
    private readonly stores: StoresService,
  ) {
    super(MANUFACTURER_WORKSPACE, join(__dirname, 'views'), csrf, sessions, MANUFACTURER_PATHS);
  }

  /**
   * The manufacturer reads its pages where its warehouse is: that country's unit and the time zone of its
   * coordinates (derived offline); a store without a warehouse yet reads UTC and km.
   */
  override async readerFor(principal: Principal): Promise<Reader> {
    // The store itself, not its settings: every page asks, and the settings' launch checklist costs a query more.
    const store = await this.stores.ownStoreOf(principal);
    return store.warehouseLine1 === null
      ? UNKNOWN_READER
      : { country: store.warehouseCountry!, timeZone: timeZoneAt(store.warehouseLat, store.warehouseLng) };
  }
}

@Injectable()
@Catch()
export class ManufacturerPageFilter extends WorkspacePageFilter {
  constructor(pages: ManufacturerPages) {
    super(pages);
  }
}
