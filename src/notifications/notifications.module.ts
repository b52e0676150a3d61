import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { CustomerEmails } from './customer-emails';
import { Mailer, OutboxMailer, SmtpMailer } from './mailer';
import { NotificationDelivery } from './notification-delivery.service';
import { OpsNotificationsController } from './ops-notifications.controller';
import { OpsNotificationsService } from './ops-notifications.service';
import { OutboxMetrics } from './outbox-metrics';
import { StaffEmails } from './staff-emails';
import { StoreEmailsService } from './store-emails.service';
import { OutboxRelay } from './outbox-relay.service';
import { RetailerWebhooksController } from './retailer-webhooks.controller';
import { RetailerWebhooksService } from './retailer-webhooks.service';
import { WebhookSender } from './webhook-sender';

@Module({
  controllers: [RetailerWebhooksController, OpsNotificationsController],
  providers: [
    { provide: Mailer, useFactory: (config: AppConfig) => (config.SMTP_URL ? new SmtpMailer(config) : new OutboxMailer()), inject: [AppConfig] },
    CustomerEmails,
    StaffEmails,
    WebhookSender,
    NotificationDelivery,
    OutboxRelay,
    OutboxMetrics,
    RetailerWebhooksService,
    OpsNotificationsService,
    StoreEmailsService,
  ],
  exports: [OpsNotificationsService, RetailerWebhooksService, StoreEmailsService, CustomerEmails],
})
export class NotificationsModule {}
