import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsLatitude, IsLongitude, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { OrderStatus } from '../orders/order-status';
import { MAX_LINES } from '../orders/place-order.dto';

export class PickupLocationsQuery {
  @ApiProperty({ required: false, example: '97201', description: 'US ZIP code to search near (or lat and lng)', maxLength: 10 })
  @ValidateIf((q: PickupLocationsQuery) => q.lat === undefined || q.lng === undefined)
  @IsString()
  @Matches(/^\d{5}(-\d{4})?$/, { message: 'postalCode must be a US ZIP code such as 97201 (or send lat and lng)' })
  @MaxLength(10)
  postalCode?: string;

  @ApiProperty({ required: false })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === undefined ? value : Number(value)))
  @IsLatitude({ message: 'lat must be a latitude between -90 and 90' })
  lat?: number;

  @ApiProperty({ required: false })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === undefined ? value : Number(value)))
  @IsLongitude({ message: 'lng must be a longitude between -180 and 180' })
  lng?: number;

  @ApiProperty({ required: false, default: 100, minimum: 1, maximum: 500, description: 'How far to look, in km' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === undefined ? value : Number(value)))
  @IsInt({ message: 'withinKm must be a whole number of kilometres' })
  @Min(1)
  @Max(500)
  withinKm?: number;
}

export class PickupLocationView {
  @ApiProperty({ format: 'uuid', description: 'Send it as fulfilment.locationId when placing the order' }) locationId: string;
  @ApiProperty({ example: 'Velo Shop' }) retailerName: string;
  @ApiProperty({ example: 'Velo Shop Pearl District' }) locationName: string;
  @ApiProperty({ example: '1 Main St, Portland, OR 97201' }) address: string;
  @ApiProperty({ example: 'Portland' }) city: string;
  @ApiProperty({ example: 'OR' }) region: string;
  @ApiProperty({ example: 'US' }) country: string;
  @ApiProperty({ description: 'Great-circle distance from the searched point, in km, one decimal' }) distanceKm: number;
}

/** How many pickup locations a store's search answers with, nearest first. */
export const LOCATIONS_SHOWN = 20;

export class PickupLocationList {
  @ApiProperty({ type: [PickupLocationView], description: `Nearest first, at most ${LOCATIONS_SHOWN}`, maxItems: LOCATIONS_SHOWN })
  items: PickupLocationView[];
}

export class DeclinePickupDto {
  @ApiProperty({
    example: 'Out of stock in this size',
    description: 'Kept for the store and Nearfill; the customer is told only that the order is shipped to the store',
    minLength: 3,
    maxLength: 300,
  })
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  reason: string;
}

export class PickedUpDto {
  @ApiProperty({ example: 'K7QF2MZA', description: 'The code the customer shows (from their e-mail or tracking page)', minLength: 1, maxLength: 16 })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsString()
  @MinLength(1)
  @MaxLength(16)
  code: string;
}

/** A pickup as the customer's tracking page tells it. */
export class PickupView {
  @ApiProperty({ example: 'Velo Shop' }) store: string;
  @ApiProperty({ example: '1 Main St, Portland, OR 97201' }) address: string;
  @ApiProperty({ example: 'America/Los_Angeles', description: "The store's time zone, to show its dates in" }) timeZone: string;
  @ApiProperty({ description: 'The store must accept by then, else the manufacturer ships it there' }) acceptBy: Date;
  @ApiProperty({ nullable: true, type: Date, description: 'When shipped to the store: when it should be ready' }) estimatedReadyAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) readyAt: Date | null;
  @ApiProperty({ nullable: true, type: Date, description: 'Not collected by then: cancelled' }) collectBy: Date | null;
  @ApiProperty({ nullable: true, type: Date }) pickedUpAt: Date | null;
  @ApiProperty({ nullable: true, type: String, description: 'Shown once the order is ready, to show at the counter' }) code: string | null;
}

export class PickupLineView {
  @ApiProperty() sku: string;
  @ApiProperty() name: string;
  @ApiProperty() quantity: number;
}

/** A pickup order as its store works it. */
export class StorePickupView {
  @ApiProperty() orderId: string;
  @ApiProperty() number: string;
  @ApiProperty({ enum: OrderStatus }) status: OrderStatus;
  @ApiProperty() locationId: string;
  @ApiProperty({ description: 'Who collects it' }) customerName: string;
  @ApiProperty({ type: [PickupLineView], maxItems: MAX_LINES }) lines: PickupLineView[];
  @ApiProperty({ enum: ['store', 'ship-to-store'], description: "From the store's stock, or shipped to it by the manufacturer" })
  source: 'store' | 'ship-to-store';
  @ApiProperty() acceptBy: Date;
  @ApiProperty({ nullable: true, type: Date }) acceptedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) estimatedReadyAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) readyAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) collectBy: Date | null;
  @ApiProperty({ nullable: true, type: Date }) pickedUpAt: Date | null;
}

export class StorePickupQuery {
  @ApiProperty({ required: false, enum: ['open', 'all'], default: 'open', description: 'open: not picked up or cancelled yet' })
  @IsOptional()
  @IsIn(['open', 'all'])
  show?: 'open' | 'all';
}
