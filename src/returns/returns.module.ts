import { Module, OnModuleInit } from '@nestjs/common';
import { CustomerEmails } from '../notifications/customer-emails';
import { NotificationsModule } from '../notifications/notifications.module';
import { ResolutionModule } from '../resolution/resolution.module';
import { RETURN_EMAILS } from './return-emails';
import { CustomerReturnsController, FulfillerReturnsController } from './returns.controller';
import { ReturnsService } from './returns.service';

@Module({
  imports: [ResolutionModule, NotificationsModule],
  controllers: [CustomerReturnsController, FulfillerReturnsController],
  providers: [ReturnsService],
  exports: [ReturnsService],
})
export class ReturnsModule implements OnModuleInit {
  constructor(private readonly emails: CustomerEmails) {}

  onModuleInit(): void {
    this.emails.register(RETURN_EMAILS);
  }
}
