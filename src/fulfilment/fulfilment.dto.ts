import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { OrderStatus } from '../orders/order-status';

export class ShipOrderDto {
  @ApiProperty({ example: 'UPS' })
  @IsString()
  @MinLength(2)
  @MaxLength(60)
  carrier: string;

  @ApiProperty({ example: '1Z999AA10123456784', maxLength: 60 })
  @IsString()
  @Matches(/^[A-Za-z0-9 -]{4,60}$/, { message: 'trackingNumber must be 4 to 60 letters, digits, spaces or dashes, as the carrier printed it' })
  trackingNumber: string;
}

export class DeclineOrderDto {
  @ApiProperty({ example: 'The last one in stock was damaged', description: 'Shown on the customer\'s tracking page' })
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  reason: string;
}

export class FulfilmentView {
  @ApiProperty() orderId: string;
  @ApiProperty() number: string;
  @ApiProperty({ enum: OrderStatus }) status: OrderStatus;
  @ApiProperty({ nullable: true, type: String }) carrier: string | null;
  @ApiProperty({ nullable: true, type: String }) trackingNumber: string | null;
  @ApiProperty({ nullable: true, type: Date }) shippedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) deliveredAt: Date | null;
}

export class DeclinedView {
  @ApiProperty() orderId: string;
  @ApiProperty() number: string;
  @ApiProperty({ enum: ['retailer', 'manufacturer'], description: 'Who fulfils the order now' }) passedTo: 'retailer' | 'manufacturer';
}
