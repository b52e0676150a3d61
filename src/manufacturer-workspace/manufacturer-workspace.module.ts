import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { DealersModule } from '../dealers/dealers.module';
import { OrdersModule } from '../orders/orders.module';
import { ProductImagesModule } from '../product-images/product-images.module';
import { StoresModule } from '../stores/stores.module';
import { FulfilmentModule } from '../fulfilment/fulfilment.module';
import { InventoryModule } from '../inventory/inventory.module';
import { RatingsModule } from '../ratings/ratings.module';
import { PayoutsModule } from '../payouts/payouts.module';
import { SettlementModule } from '../settlement/settlement.module';
import { workspaceSignInController } from '../workspace/workspace-sign-in.controller';
import { workspaceReturnsController } from '../workspace/workspace-returns';
import { workspacePayoutsController } from '../workspace/workspace-payouts';
import { workspaceStatementController } from '../workspace/workspace-statement';
import { workspaceReplaysController } from '../workspace/workspace-replays';
import { ReplayModule } from '../replay/replay.module';
import { ReturnsModule } from '../returns/returns.module';
import { ManufacturerCatalogueController } from './manufacturer-catalogue.controller';
import { ManufacturerDealershipController } from './manufacturer-dealership.controller';
import { MANUFACTURER_PATHS, MANUFACTURER_WORKSPACE, ManufacturerPageFilter, ManufacturerPages } from './manufacturer-pages';
import { ManufacturerSalesController, ManufacturerToShipController } from './manufacturer-sales.controller';
import { ManufacturerStoreController } from './manufacturer-store.controller';
import { ManufacturerEmailsController } from './manufacturer-emails.controller';
import { ManufacturerInsightController } from './manufacturer-insight.controller';
import { InsightModule } from '../insight/insight.module';
import { NotificationsModule } from '../notifications/notifications.module';

/** The page controllers, also listed in app.factory.ts as routes outside /api/v1. */
export const MANUFACTURER_PAGE_CONTROLLERS = [
  workspaceSignInController(MANUFACTURER_WORKSPACE, ManufacturerPages, ManufacturerPageFilter),
  ManufacturerSalesController,
  ManufacturerToShipController,
  ManufacturerCatalogueController,
  ManufacturerDealershipController,
  ManufacturerStoreController,
  ManufacturerEmailsController,
  ManufacturerInsightController,
  workspaceStatementController(MANUFACTURER_WORKSPACE, ManufacturerPages, ManufacturerPageFilter, MANUFACTURER_PATHS),
  workspaceReturnsController(MANUFACTURER_WORKSPACE, ManufacturerPages, ManufacturerPageFilter, MANUFACTURER_PATHS),
  workspacePayoutsController(MANUFACTURER_WORKSPACE, ManufacturerPages, ManufacturerPageFilter, MANUFACTURER_PATHS.payouts, { current: 'payouts' }),
  workspaceReplaysController(MANUFACTURER_WORKSPACE, ManufacturerPages, ManufacturerPageFilter, MANUFACTURER_PATHS.replays),
];

/** The manufacturer's workspace at /manufacturer: the same services as the manufacturer API, as pages. */
@Module({
  imports: [
    StoresModule,
    OrdersModule,
    DealersModule,
    CatalogModule,
    ProductImagesModule,
    SettlementModule,
    PayoutsModule,
    InventoryModule,
    RatingsModule,
    FulfilmentModule,
    ReturnsModule,
    NotificationsModule,
    ReplayModule,
    InsightModule,
  ],
  controllers: MANUFACTURER_PAGE_CONTROLLERS,
  providers: [ManufacturerPages, ManufacturerPageFilter],
})
export class ManufacturerWorkspaceModule {}
