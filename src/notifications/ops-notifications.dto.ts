import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageOf, PageQuery } from '../common/pagination.dto';
import { NotificationChannel, NotificationState } from './notification.entity';
import { EmailTransport } from './sent-email.entity';

export class EmailsQuery extends PageQuery {
  @ApiProperty({ required: false, format: 'email', maxLength: 254, description: 'Only e-mails to this address' })
  @IsOptional()
  @IsEmail({}, { message: 'to must be an e-mail address' })
  @MaxLength(254)
  to?: string;

  @ApiProperty({ required: false, maxLength: 20, description: 'Only e-mails about this order number' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  orderNumber?: string;
}

export class EmailSummary {
  @ApiProperty({ description: 'The notification id' })
  id: string;

  @ApiProperty()
  orderNumber: string;

  @ApiProperty({ example: 'order.shipped' })
  event: string;

  @ApiProperty()
  to: string;

  @ApiProperty()
  fromName: string;

  @ApiProperty()
  subject: string;

  @ApiProperty({ enum: EmailTransport, description: 'smtp: handed to the SMTP server; outbox: kept here only (no SMTP_URL)' })
  transport: EmailTransport;

  @ApiProperty()
  createdAt: Date;
}

export class EmailView extends EmailSummary {
  @ApiProperty({ nullable: true, type: String })
  replyTo: string | null;

  @ApiProperty({ maxLength: 1_000_000 })
  text: string;

  @ApiProperty({ maxLength: 1_000_000 })
  html: string;
}

export class EmailPage extends PageOf(EmailSummary) {}

export class NotificationsQuery extends PageQuery {
  @ApiProperty({ required: false, enum: NotificationState })
  @IsOptional()
  @IsEnum(NotificationState, { message: `state must be one of ${Object.values(NotificationState).join(', ')}` })
  state?: NotificationState;
}

export class NotificationView {
  @ApiProperty()
  id: string;

  @ApiProperty({ enum: NotificationChannel })
  channel: NotificationChannel;

  @ApiProperty()
  event: string;

  @ApiProperty({ nullable: true, type: String })
  orderNumber: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'The retailer a webhook goes to' })
  retailerName: string | null;

  @ApiProperty({ enum: NotificationState })
  state: NotificationState;

  @ApiProperty({
    nullable: true,
    type: String,
    description: "An e-mail's transport once handed over: smtp (sent) or outbox (kept, no mail server set)",
  })
  transport: string | null;

  @ApiProperty({ description: "An e-mail to a party's own staff rather than to a customer" })
  toStaff: boolean;

  @ApiProperty()
  attempts: number;

  @ApiProperty({ nullable: true, type: String })
  lastError: string | null;

  @ApiProperty({ nullable: true, type: Date, description: 'When it reached the queue; null while it waits in the outbox' })
  relayedAt: Date | null;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty({ nullable: true, type: Date })
  deliveredAt: Date | null;
}

export class NotificationPage extends PageOf(NotificationView) {}
