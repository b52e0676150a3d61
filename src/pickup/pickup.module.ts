import { Module } from '@nestjs/common';
import { ResolutionModule } from '../resolution/resolution.module';
import { PickupLocationsController, StorePickupsController } from './pickup.controller';
import { PickupScheduler } from './pickup.scheduler';
import { PickupService } from './pickup.service';
import { PickupTimers } from './pickup-timers.service';

@Module({
  imports: [ResolutionModule],
  controllers: [PickupLocationsController, StorePickupsController],
  providers: [PickupService, PickupTimers, PickupScheduler],
  exports: [PickupService],
})
export class PickupModule {}
