import { Module } from '@nestjs/common';
import { OrdersModule } from '../orders/orders.module';
import { StoresModule } from '../stores/stores.module';
import { StorefrontController } from './storefront.controller';
import { StorefrontRenderer } from './storefront-renderer';

@Module({ imports: [StoresModule, OrdersModule], controllers: [StorefrontController], providers: [StorefrontRenderer] })
export class StorefrontModule {}
