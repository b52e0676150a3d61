import { Module } from '@nestjs/common';
import { OrdersModule } from '../orders/orders.module';
import { PickupModule } from '../pickup/pickup.module';
import { RatingsModule } from '../ratings/ratings.module';
import { ReturnsModule } from '../returns/returns.module';
import { StoresModule } from '../stores/stores.module';
import { StorefrontController } from './storefront.controller';
import { StorefrontRenderer } from './storefront-renderer';

@Module({ imports: [StoresModule, OrdersModule, PickupModule, ReturnsModule, RatingsModule], controllers: [StorefrontController], providers: [StorefrontRenderer] })
export class StorefrontModule {}
