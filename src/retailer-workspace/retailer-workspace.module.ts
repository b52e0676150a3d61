import { Module } from '@nestjs/common';
import { BoardModule } from '../board/board.module';
import { CatalogModule } from '../catalog/catalog.module';
import { DealersModule } from '../dealers/dealers.module';
import { FulfilmentModule } from '../fulfilment/fulfilment.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PickupModule } from '../pickup/pickup.module';
import { RetailersModule } from '../retailers/retailers.module';
import { PayoutsModule } from '../payouts/payouts.module';
import { SettlementModule } from '../settlement/settlement.module';
import { workspaceSignInController } from '../workspace/workspace-sign-in.controller';
import { workspaceReturnsController } from '../workspace/workspace-returns';
import { workspacePayoutsController } from '../workspace/workspace-payouts';
import { workspaceStatementController } from '../workspace/workspace-statement';
import { ReturnsModule } from '../returns/returns.module';
import { StoresModule } from '../stores/stores.module';
import { RetailerBoardController } from './retailer-board.controller';
import { RetailerOrdersController } from './retailer-orders.controller';
import { InventoryModule } from '../inventory/inventory.module';
import { RetailerInventoryController } from './retailer-inventory.controller';
import { RetailerPickupsController } from './retailer-pickups.controller';
import { RetailerSettingsController } from './retailer-settings.controller';
import { RetailerIntegrationsController } from './retailer-integrations.controller';
import { RETAILER_PATHS, RETAILER_WORKSPACE, RetailerPageFilter, RetailerPages } from './retailer-pages';

/** The page controllers, also listed in app.factory.ts as routes outside /api/v1. */
export const RETAILER_PAGE_CONTROLLERS = [
  workspaceSignInController(RETAILER_WORKSPACE, RetailerPages, RetailerPageFilter),
  RetailerBoardController,
  RetailerOrdersController,
  RetailerPickupsController,
  workspaceStatementController(RETAILER_WORKSPACE, RetailerPages, RetailerPageFilter, RETAILER_PATHS),
  workspaceReturnsController(RETAILER_WORKSPACE, RetailerPages, RetailerPageFilter, RETAILER_PATHS),
  workspacePayoutsController(RETAILER_WORKSPACE, RetailerPages, RetailerPageFilter, RETAILER_PATHS.payouts, {
    current: 'settings',
    settingsNav: true,
  }),
  RetailerSettingsController,
  RetailerIntegrationsController,
  RetailerInventoryController,
];

/** The retailer's workspace at /retailer: the same services as the retailer API, as pages. */
@Module({
  imports: [
    StoresModule,
    BoardModule,
    CatalogModule,
    DealersModule,
    RetailersModule,
    FulfilmentModule,
    SettlementModule,
    PayoutsModule,
    NotificationsModule,
    InventoryModule,
    PickupModule,
    ReturnsModule,
  ],
  controllers: RETAILER_PAGE_CONTROLLERS,
  providers: [RetailerPages, RetailerPageFilter],
})
export class RetailerWorkspaceModule {}
