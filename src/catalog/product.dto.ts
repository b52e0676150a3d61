import { ApiProperty, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PageOf, PageQuery } from '../common/pagination.dto';

const MAX_PRICE_MINOR = 100_000_000;

export class CreateProductDto {
  @ApiProperty({ example: 'BK-ROAD-54', maxLength: 64, description: 'Unique in your catalogue; letters, digits, - _ .' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { message: 'sku must be 1-64 letters, digits, ".", "_" or "-"' })
  sku: string;

  @ApiProperty({ example: 'Road bike, 54 cm' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ required: false, default: '' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiProperty({ required: false, example: 'https://cdn.example.com/road-54.jpg' })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: 'imageUrl must be an http(s) URL' })
  @MaxLength(2000)
  imageUrl?: string;

  @ApiProperty({ example: 129900, description: 'What the customer pays, in minor units of the store currency' })
  @IsInt({ message: 'priceMinor must be a whole number of minor units (cents)' })
  @Min(0)
  @Max(MAX_PRICE_MINOR)
  priceMinor: number;

  @ApiProperty({ example: 110000, description: 'Fixed price paid to the fulfiller, in minor units; at most priceMinor' })
  @IsInt({ message: 'fulfilmentPriceMinor must be a whole number of minor units (cents)' })
  @Min(0)
  @Max(MAX_PRICE_MINOR)
  fulfilmentPriceMinor: number;

  @ApiProperty({ required: false, default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UpdateProductDto extends PartialType(CreateProductDto) {}

export class ProductQuery extends PageQuery {
  @ApiProperty({ required: false, enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'])
  active?: 'true' | 'false';

  @ApiProperty({ required: false, maxLength: 64, description: 'Exact SKU' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  sku?: string;

  @ApiProperty({ required: false, maxLength: 100, description: 'Words in the name or description' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class ProductView {
  @ApiProperty() id: string;
  @ApiProperty() sku: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty({ nullable: true, type: String }) imageUrl: string | null;
  @ApiProperty() priceMinor: number;
  @ApiProperty() fulfilmentPriceMinor: number;
  @ApiProperty() active: boolean;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class ProductPage extends PageOf(ProductView) {}
