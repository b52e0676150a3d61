import { Module, OnModuleInit } from '@nestjs/common';
import { CustomerEmails } from '../notifications/customer-emails';
import { NotificationsModule } from '../notifications/notifications.module';
import { ResolutionModule } from '../resolution/resolution.module';
import { PICKUP_EMAILS } from './pickup-emails';
import { PickupLocationsController, StorePickupsController } from './pickup.controller';
import { PickupScheduler } from './pickup.scheduler';
import { PickupService } from './pickup.service';
import { PickupTimers } from './pickup-timers.service';

@Module({
  imports: [ResolutionModule, NotificationsModule],
  controllers: [PickupLocationsController, StorePickupsController],
  providers: [PickupService, PickupTimers, PickupScheduler],
  exports: [PickupService],
})
export class PickupModule implements OnModuleInit {
  constructor(private readonly emails: CustomerEmails) {}

  onModuleInit(): void {
    this.emails.register(PICKUP_EMAILS);
  }
}
