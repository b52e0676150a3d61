import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { OpsReasonDto } from '../orders/manufacturer-orders.dto';
import { OrderStatus } from '../orders/order-status';
import { normaliseTrackingNumber, PRINTED_TRACKING_NUMBER, PRINTED_TRACKING_NUMBER_MAX_LENGTH, TRACKING_NUMBER } from './tracking-number';

export class ShipOrderDto {
  @ApiProperty({ example: 'UPS' })
  @IsString()
  @MinLength(2)
  @MaxLength(60)
  carrier: string;

  @ApiProperty({
    example: '99.00.123456.12345678',
    pattern: PRINTED_TRACKING_NUMBER.source,
    maxLength: PRINTED_TRACKING_NUMBER_MAX_LENGTH,
    description:
      'As the carrier printed it: 4 to 40 letters and digits, in groups that may be separated by spaces, dots, slashes or ' +
      'dashes (e.g. "1Z 999 AA1 01 2345 678 4", "99.00.123456.12345678"). Stored and shown without the separators, letters upper-cased.',
  })
  @Transform(({ value }: { value: unknown }) => normaliseTrackingNumber(value))
  @IsString()
  @Matches(TRACKING_NUMBER, {
    message: 'trackingNumber must be 4 to 40 letters and digits, as the carrier printed it; spaces, dots, slashes and dashes between them are fine',
  })
  trackingNumber: string;
}

export class DeclineOrderDto {
  @ApiProperty({ example: 'The last one in stock was damaged', description: "Shown on the customer's tracking page" })
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
  @ApiProperty({ nullable: true, type: String, description: 'Letters and digits only, as carriers look it up' }) trackingNumber: string | null;
  @ApiProperty({ nullable: true, type: Date }) shippedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) deliveredAt: Date | null;
}

export class DeclinedView {
  @ApiProperty() orderId: string;
  @ApiProperty() number: string;
  @ApiProperty({ enum: ['retailer', 'manufacturer'], description: 'Who fulfils the order now' }) passedTo: 'retailer' | 'manufacturer';
}

/** Where ops pass an awarded order, and why (kept in the order's history, never shown to the customer). */
export class OpsRerouteDto extends OpsReasonDto {
  @ApiProperty({
    enum: ['next_bidder', 'manufacturer'],
    description: 'The next-nearest bidder that has not had it (else the manufacturer), or the manufacturer',
  })
  @IsIn(['next_bidder', 'manufacturer'], { message: 'to must be next_bidder or manufacturer' })
  to: 'next_bidder' | 'manufacturer';
}
