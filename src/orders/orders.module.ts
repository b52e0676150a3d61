import { Module } from '@nestjs/common';
import { ManufacturerOrdersService } from './manufacturer-orders.service';
import { CustomerOrdersController, ManufacturerOrdersController } from './orders.controller';
import { OrderPlacementService } from './order-placement.service';
import { TrackingService } from './tracking.service';

@Module({
  controllers: [CustomerOrdersController, ManufacturerOrdersController],
  providers: [OrderPlacementService, TrackingService, ManufacturerOrdersService],
  exports: [OrderPlacementService, TrackingService],
})
export class OrdersModule {}
