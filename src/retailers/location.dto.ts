import { ApiProperty, PartialType } from '@nestjs/swagger';
import { AddressView } from '../common/address.view';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

export class CreateLocationDto {
  @ApiProperty({ example: 'Downtown shop' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: '1 Market St' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  line1: string;

  @ApiProperty({ required: false, nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  line2?: string | null;

  @ApiProperty({ example: 'San Francisco' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  city: string;

  @ApiProperty({ example: 'CA' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  region: string;

  @ApiProperty({ example: '94105' })
  @IsString()
  @MinLength(1)
  @MaxLength(20)
  postalCode: string;

  @ApiProperty({ example: 'US', minLength: 2, maxLength: 2, description: 'ISO 3166-1 alpha-2' })
  @Matches(/^[A-Za-z]{2}$/, { message: 'country must be a two-letter ISO 3166-1 code, e.g. "US"' })
  country: string;

  @ApiProperty({ required: false, example: 37.7936, description: 'WGS84; send with lng, or leave both out to locate from the postal code' })
  @IsOptional()
  @IsLatitude()
  lat?: number;

  @ApiProperty({ required: false, example: -122.3958 })
  @IsOptional()
  @IsLongitude()
  lng?: number;

  @ApiProperty({ required: false, default: 80, description: 'Orders shipping within this many km are on your board' })
  @IsOptional()
  @IsNumber()
  @Min(1)
  @Max(1000)
  serviceRadiusKm?: number;

  @ApiProperty({
    required: false,
    nullable: true,
    type: 'integer',
    minimum: 0,
    maximum: 10000,
    description: 'Awards this location can take per local day (its own time zone); null or left out: no cap. Bids beyond it are allowed',
  })
  @IsOptional()
  @IsInt({ message: 'dailyCapacity must be a whole number of orders, or null for no cap' })
  @Min(0)
  @Max(10000)
  dailyCapacity?: number | null;
}

export class UpdateLocationDto extends PartialType(CreateLocationDto) {
  @ApiProperty({ required: false, description: 'false takes the location off the board; true puts it back' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class LocationQuery {
  @ApiProperty({ required: false, enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'])
  active?: 'true' | 'false';
}

export class LocationToday {
  @ApiProperty({ example: '2026-12-05', description: 'The local date at the location now' }) localDay: string;
  @ApiProperty({ description: 'Awards counted on that day (resolver runs, re-routes) and pickups accepted' }) taken: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 10000, nullable: true, description: 'Awards it can still take today; null without a cap' })
  left: number | null;
  @ApiProperty({ description: 'Open bids from this location on orders not yet decided' }) openBids: number;
}

export class LocationView extends AddressView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() serviceRadiusKm: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 10000, nullable: true, description: 'Awards per local day; null: no cap' }) dailyCapacity:
    number | null;
  @ApiProperty({ example: 'America/Los_Angeles', description: 'Its time zone, from its coordinates: its days start at local midnight' })
  timeZone: string;
  @ApiProperty({ type: LocationToday }) today: LocationToday;
  @ApiProperty() active: boolean;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}
