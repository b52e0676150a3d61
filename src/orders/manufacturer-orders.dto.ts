import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ShippingAddressView } from '../common/address.view';
import { IsIsoDate } from '../common/iso-date';
import { PageOf, PageQuery } from '../common/pagination.dto';
import { OrderStatus } from './order-status';
import { Fulfiller, OrderLineView, TimelineEntry } from './order-views';
import { MAX_LINES } from './place-order.dto';

export class OrderQuery extends PageQuery {
  @ApiProperty({ required: false, enum: OrderStatus })
  @IsOptional()
  @IsEnum(OrderStatus, { message: `status must be one of ${Object.values(OrderStatus).join(', ')}` })
  status?: OrderStatus;

  @IsIsoDate({ required: false, example: '2026-11-01', description: 'Placed at or after (ISO 8601)' })
  @IsOptional()
  from?: string;

  @IsIsoDate({ required: false, example: '2026-12-01', description: 'Placed before (ISO 8601)' })
  @IsOptional()
  to?: string;
}

export class CancelOrderDto {
  @ApiProperty({ example: 'Product recalled' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(500)
  // Last, so a form's blank reason is reported as missing first (constraints are listed bottom-up).
  @MinLength(3, { message: 'reason must say in a few words why the order is cancelled' })
  reason: string;
}

/** Why ops step in on an order (cancel, re-route, resend): kept in the order's history, never shown to the customer. */
export class OpsReasonDto {
  @ApiProperty({ example: 'The customer asked us by phone', minLength: 3, maxLength: 500 })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(500)
  @MinLength(3, { message: 'reason must say in a few words why' })
  reason: string;
}

export class CustomerCancelDto {
  @ApiProperty({ required: false })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class OrderSummary {
  @ApiProperty() id: string;
  @ApiProperty() number: string;
  @ApiProperty({ enum: OrderStatus }) status: OrderStatus;
  @ApiProperty() currency: string;
  @ApiProperty() totalMinor: number;
  @ApiProperty() payoutMinor: number;
  @ApiProperty() customerName: string;
  @ApiProperty() shipCity: string;
  @ApiProperty() shipRegion: string;
  @ApiProperty({ nullable: true, type: Date }) resolvesAt: Date | null;
  @ApiProperty() createdAt: Date;
}

export class OrderPage extends PageOf(OrderSummary) {}

/** An order the manufacturer has to ship itself. */
export class OrderToShip {
  @ApiProperty() id: string;
  @ApiProperty() number: string;
  @ApiProperty({ enum: OrderStatus }) status: OrderStatus;
  @ApiProperty() customerName: string;
  @ApiProperty() shipCity: string;
  @ApiProperty() shipRegion: string;
  @ApiProperty() currency: string;
  @ApiProperty({ description: 'Minor units' }) totalMinor: number;
  @ApiProperty({ description: 'Units across its lines' }) units: number;
  @ApiProperty({ description: "Ship by then: the award plus the store's ship-by days" }) shipBy: Date;
}

export class ManufacturerOrderDetail extends OrderSummary {
  @ApiProperty() customerEmail: string;
  @ApiProperty({ nullable: true, type: String }) customerPhone: string | null;
  @ApiProperty({ type: ShippingAddressView }) shippingAddress: ShippingAddressView;
  @ApiProperty({ type: [OrderLineView], maxItems: MAX_LINES }) lines: OrderLineView[];
  @ApiProperty({ type: [TimelineEntry] }) history: TimelineEntry[];
  @ApiProperty({ type: Fulfiller, nullable: true }) fulfiller: Fulfiller | null;
  @ApiProperty({ nullable: true, type: String }) cancelReason: string | null;
}

export class OpsOrderQuery extends PageQuery {
  @ApiProperty({ required: false, description: "An order number (with or without '#'), or the customer's e-mail or its start" })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(254)
  q?: string;

  @ApiProperty({ required: false, enum: OrderStatus })
  @IsOptional()
  @IsEnum(OrderStatus, { message: `status must be one of ${Object.values(OrderStatus).join(', ')}` })
  status?: OrderStatus;
}

export class OpsOrderSummary extends OrderSummary {
  @ApiProperty() customerEmail: string;
  @ApiProperty() storeName: string;
}

export class OpsOrderPage extends PageOf(OpsOrderSummary) {}

export class OpsOrderDetail extends ManufacturerOrderDetail {
  @ApiProperty() storeName: string;
  @ApiProperty() storeSlug: string;
  @ApiProperty() manufacturerId: string;
  @ApiProperty() manufacturerName: string;
}
