import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

import { MAX_ORDER_TOTAL_MINOR } from '../common/money';
import { PairedWith } from '../geo/paired-with';
import { PaymentStep } from '../payments/payments.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export const MAX_LINES = 100;
export const MAX_QUANTITY = 999;

export class CustomerDto {
  @ApiProperty({ example: 'Jamie Rivera' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'customer.name is required' })
  @MaxLength(120)
  name: string;

  @ApiProperty({ example: 'jamie@example.com' })
  @Transform(trim)
  @IsEmail({}, { message: 'customer.email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ required: false, example: '+1 503 555 0100', maxLength: 25 })
  @IsOptional()
  @Transform(trim)
  @Matches(/^\+?[0-9 ()./-]{6,24}$/, { message: 'customer.phone must be a phone number such as +1 503 555 0100' })
  phone?: string;
}

export class ShippingAddressDto {
  @ApiProperty({ example: '1200 SW Main St' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'shippingAddress.line1 is required' })
  @MaxLength(200)
  line1: string;

  @ApiProperty({ required: false })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  line2?: string;

  @ApiProperty({ example: 'Portland' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'shippingAddress.city is required' })
  @MaxLength(100)
  city: string;

  @ApiProperty({ example: 'OR' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'shippingAddress.region is required' })
  @MaxLength(100)
  region: string;

  @ApiProperty({ example: '97201', description: 'A US ZIP code may carry its +4 as 12345-6789, 12345 6789 or 123456789' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'shippingAddress.postalCode is required' })
  @MaxLength(20)
  postalCode: string;

  @ApiProperty({
    example: 'US',
    minLength: 2,
    maxLength: 2,
    description: 'ISO 3166-1 alpha-2. US territories (PR, GU, VI, AS, MP, …) may be sent as their own codes; their ZIP codes locate them',
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^[A-Z]{2}$/, { message: 'shippingAddress.country must be a two-letter code such as US' })
  country: string;

  @ApiProperty({
    required: false,
    minimum: -90,
    maximum: 90,
    description: 'WGS84, sent with lng. Omitted, or 0 with lng 0 (unknown), the address is located from its US ZIP code',
  })
  @PairedWith('lng')
  @IsOptional()
  @IsLatitude({ message: 'shippingAddress.lat must be a latitude between -90 and 90' })
  lat?: number;

  @ApiProperty({ required: false, minimum: -180, maximum: 180, description: 'WGS84, sent with lat' })
  @PairedWith('lat')
  @IsOptional()
  @IsLongitude({ message: 'shippingAddress.lng must be a longitude between -180 and 180' })
  lng?: number;
}

export class OrderLineInput {
  @ApiProperty({ example: 'BK-ROAD-54' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  sku: string;

  @ApiProperty({ example: 1, minimum: 1, maximum: MAX_QUANTITY })
  @IsInt({ message: 'quantity must be a whole number' })
  @Min(1, { message: 'quantity must be at least 1' })
  @Max(MAX_QUANTITY, { message: `quantity must be at most ${MAX_QUANTITY}` })
  quantity: number;
}

export class FulfilmentChoiceDto {
  @ApiProperty({ enum: ['ship', 'pickup'], description: "ship: to the shipping address, through the bid board; pickup: at a dealer's store" })
  @IsIn(['ship', 'pickup'], { message: 'fulfilment.method must be ship or pickup' })
  method: 'ship' | 'pickup';

  @ApiProperty({ required: false, format: 'uuid', maxLength: 36, description: 'For pickup: a location from GET /stores/{slug}/pickup-locations' })
  @ValidateIf((choice: FulfilmentChoiceDto) => choice.method === 'pickup' || choice.locationId !== undefined)
  @IsUUID('all', { message: 'fulfilment.locationId must be the id of a pickup location' })
  locationId?: string;
}

/** What a customer sends. Prices are never accepted from the request: they come from the catalogue. */
export class PlaceOrderDto {
  @ApiProperty({ type: CustomerDto })
  @ValidateNested()
  @Type(() => CustomerDto)
  customer: CustomerDto;

  @ApiProperty({ type: ShippingAddressDto, required: false, description: 'Required to ship; omitted for pickup' })
  @ValidateIf((order: PlaceOrderDto) => order.fulfilment?.method !== 'pickup' || order.shippingAddress !== undefined)
  @IsObject({ message: 'shippingAddress is required to ship an order' })
  @ValidateNested()
  @Type(() => ShippingAddressDto)
  shippingAddress?: ShippingAddressDto;

  @ApiProperty({ type: FulfilmentChoiceDto, required: false, description: 'Default: ship to the shipping address' })
  @IsOptional()
  @ValidateNested()
  @Type(() => FulfilmentChoiceDto)
  fulfilment?: FulfilmentChoiceDto;

  @ApiProperty({
    required: false,
    format: 'uuid',
    maxLength: 36,
    description:
      'A dealer to support, from GET /stores/{slug}/dealers for the shipping address: if it bids, it ships the order whatever its distance (within its daily capacity). Not for pickup',
  })
  @IsOptional()
  @IsUUID('all', { message: 'chosenDealerId must be the id of a dealer from the list of dealers near the address' })
  chosenDealerId?: string;

  @ApiProperty({ type: [OrderLineInput], minItems: 1, maxItems: MAX_LINES })
  @IsArray()
  @ArrayMinSize(1, { message: 'lines must contain at least one product' })
  @ArrayMaxSize(MAX_LINES, { message: `lines may contain at most ${MAX_LINES} products` })
  @ValidateNested({ each: true })
  @Type(() => OrderLineInput)
  lines: OrderLineInput[];
}

export class PlacedOrderLine {
  @ApiProperty() sku: string;
  @ApiProperty() name: string;
  @ApiProperty() quantity: number;
  @ApiProperty() unitPriceMinor: number;
  @ApiProperty() lineTotalMinor: number;
}

export class PlacedOrder {
  @ApiProperty() id: string;
  @ApiProperty({ example: '100042' }) number: string;
  @ApiProperty({ example: 'awaiting_payment' }) status: string;
  @ApiProperty() currency: string;
  @ApiProperty({
    maximum: MAX_ORDER_TOTAL_MINOR,
    description: `Minor units of the currency; an order past ${MAX_ORDER_TOTAL_MINOR} is refused with a 422`,
  })
  totalMinor: number;
  @ApiProperty({ type: [PlacedOrderLine], maxItems: MAX_LINES }) lines: PlacedOrderLine[];
  @ApiProperty({ description: 'Keep it: it lets you follow, export and erase this order' }) trackingToken: string;
  @ApiProperty() trackingUrl: string;
  @ApiProperty() placedAt: Date;
  @ApiProperty({
    type: PaymentStep,
    description:
      'The payment to follow: send the customer to `payment.checkoutUrl`. The order is `awaiting_payment` (not on the board, ' +
      'holding no stock) until the card is authorised there; then it is placed and posted. Unpaid by `payment.expiresAt`, it expires.',
  })
  payment: PaymentStep;
}
