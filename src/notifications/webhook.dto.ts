import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, IsUrl, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PageOf, PageQuery } from '../common/pagination.dto';
import { NotificationState } from './notification.entity';

export class SetWebhookDto {
  @ApiProperty({ example: 'https://erp.example.com/nearfill/events', description: 'Receives a signed POST per event' })
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'url must be an absolute http(s) URL, e.g. "https://erp.example.com/nearfill/events"' },
  )
  @MaxLength(2000)
  url: string;

  @ApiProperty({ example: 'whsec_6b1d0f7e3c2a4b5e9f8d7c6b', description: 'Signs every delivery (HMAC-SHA256); 16 to 200 characters' })
  @IsString()
  @MinLength(16, { message: 'secret must be at least 16 characters long; use a random string' })
  @MaxLength(200)
  secret: string;
}

export class WebhookView {
  @ApiProperty()
  url: string;

  @ApiProperty({ example: '…7c6b', description: 'The last four characters of the secret, to tell which one is set' })
  secretHint: string;

  @ApiProperty({ type: [String], maxItems: 20, example: ['order.posted', 'order.awarded', 'order.lost', 'order.rerouted', 'order.cancelled'] })
  events: string[];

  @ApiProperty()
  createdAt: Date;

  @ApiProperty()
  updatedAt: Date;
}

export class PingResult {
  @ApiProperty()
  eventId: string;

  @ApiProperty({ description: 'Whether the endpoint answered 2xx' })
  ok: boolean;

  @ApiProperty({ nullable: true, type: Number })
  statusCode: number | null;

  @ApiProperty({ nullable: true, type: String })
  error: string | null;

  @ApiProperty()
  durationMs: number;
}

export class DeliveriesQuery extends PageQuery {
  @ApiProperty({ required: false, format: 'uuid', maxLength: 36, description: 'Only the attempts of this event' })
  @IsOptional()
  @IsUUID('all', { message: 'eventId must be an event id (a UUID)' })
  eventId?: string;
}

export class DeliveryView {
  @ApiProperty()
  id: string;

  @ApiProperty()
  eventId: string;

  @ApiProperty({ example: 'order.awarded' })
  event: string;

  @ApiProperty({ description: '1 for the first try' })
  attempt: number;

  @ApiProperty()
  url: string;

  @ApiProperty({ nullable: true, type: Number })
  statusCode: number | null;

  @ApiProperty()
  ok: boolean;

  @ApiProperty({ nullable: true, type: String })
  error: string | null;

  @ApiProperty()
  durationMs: number;

  @ApiProperty({ enum: NotificationState, nullable: true, description: "The event's state now: pending means another try will follow" })
  eventState: NotificationState | null;

  @ApiProperty()
  createdAt: Date;
}

export class DeliveryPage extends PageOf(DeliveryView) {}
