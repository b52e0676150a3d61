import { Module } from '@nestjs/common';
import { PaymentsModule } from '../payments/payments.module';
import { ManufacturerOrdersService } from './manufacturer-orders.service';
import { CustomerOrdersController, ManufacturerOrdersController } from './orders.controller';
import { OpsOrdersController } from './ops-orders.controller';
import { OpsOrdersService } from './ops-orders.service';
import { OrderPlacementService } from './order-placement.service';
import { TrackingService } from './tracking.service';

@Module({
  imports: [PaymentsModule],
  controllers: [CustomerOrdersController, ManufacturerOrdersController, OpsOrdersController],
  providers: [OrderPlacementService, TrackingService, ManufacturerOrdersService, OpsOrdersService],
  exports: [OrderPlacementService, TrackingService, ManufacturerOrdersService, OpsOrdersService],
})
export class OrdersModule {}
