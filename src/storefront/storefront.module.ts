import { Module } from '@nestjs/common';
import { CartModule } from '../cart/cart.module';
import { OrdersModule } from '../orders/orders.module';
import { PickupModule } from '../pickup/pickup.module';
import { RatingsModule } from '../ratings/ratings.module';
import { ReturnsModule } from '../returns/returns.module';
import { StoresModule } from '../stores/stores.module';
import { LandingController } from './landing.controller';
import { StorefrontAftercareController } from './storefront-aftercare.controller';
import { StorefrontCartController } from './storefront-cart.controller';
import { StorefrontOrdersController } from './storefront-orders.controller';
import { StorefrontPaymentController } from './storefront-payment.controller';
import { PaymentsModule } from '../payments/payments.module';
import { StorefrontPageFilter } from './storefront-page.filter';
import { StorefrontPages } from './storefront-pages';
import { StorefrontController } from './storefront.controller';
import { StorefrontRenderer } from './storefront-renderer';

@Module({
  imports: [StoresModule, OrdersModule, CartModule, PickupModule, ReturnsModule, RatingsModule, PaymentsModule],
  // The catch-all page of StorefrontController is registered last, after every store route.
  controllers: [
    LandingController,
    StorefrontCartController,
    StorefrontAftercareController,
    StorefrontOrdersController,
    StorefrontPaymentController,
    StorefrontController,
  ],
  providers: [StorefrontRenderer, StorefrontPages, StorefrontPageFilter],
})
export class StorefrontModule {}
