import { DynamicModule, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import type { DestinationStream } from 'pino';
import { RateLimitsModule } from './rate-limits/rate-limits.module';
import { AuthModule } from './auth/auth.module';
import { InventoryModule } from './inventory/inventory.module';
import { BoardModule } from './board/board.module';
import { CatalogModule } from './catalog/catalog.module';
import { ProductImagesModule } from './product-images/product-images.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { DealersModule } from './dealers/dealers.module';
import { FulfilmentModule } from './fulfilment/fulfilment.module';
import { HealthModule } from './health/health.module';
import { loggerModule } from './logging/logging';
import { MetricsModule } from './metrics/metrics.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OnboardingModule } from './onboarding/onboarding.module';
import { ManufacturerWorkspaceModule } from './manufacturer-workspace/manufacturer-workspace.module';
import { OpsConsoleModule } from './ops-console/ops-console.module';
import { OrdersModule } from './orders/orders.module';
import { PaymentsModule } from './payments/payments.module';
import { PayoutsModule } from './payouts/payouts.module';
import { PickupModule } from './pickup/pickup.module';
import { RatingsModule } from './ratings/ratings.module';
import { ReturnsModule } from './returns/returns.module';
import { QueueModule } from './queue/queue.module';
import { ResolutionModule } from './resolution/resolution.module';
import { ReplayModule } from './replay/replay.module';
import { InsightModule } from './insight/insight.module';
import { SettlementModule } from './settlement/settlement.module';
import { RetailersModule } from './retailers/retailers.module';
import { StorefrontModule } from './storefront/storefront.module';
import { StoresModule } from './stores/stores.module';
import { WorkspaceModule } from './workspace/workspace.module';
import { RetailerWorkspaceModule } from './retailer-workspace/retailer-workspace.module';

@Module({})
export class AppModule {
  /** `logStream`: where log lines go instead of stdout (tests read them). */
  static forRoot(config: AppConfig, logStream?: DestinationStream): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        loggerModule(config, logStream),
        DatabaseModule,
        QueueModule.forRoot(config),
        ScheduleModule.forRoot(),
        RateLimitsModule,
        AuthModule,
        HealthModule,
        MetricsModule,
        OnboardingModule,
        StoresModule,
        CatalogModule,
        ProductImagesModule,
        PaymentsModule,
        OrdersModule,
        StorefrontModule,
        RetailersModule,
        DealersModule,
        BoardModule,
        InventoryModule,
        ResolutionModule,
        ReplayModule,
        FulfilmentModule,
        PickupModule,
        InsightModule,
        ReturnsModule,
        RatingsModule,
        SettlementModule,
        PayoutsModule,
        NotificationsModule,
        WorkspaceModule,
        OpsConsoleModule,
        ManufacturerWorkspaceModule,
        RetailerWorkspaceModule,
      ],
    };
  }
}
