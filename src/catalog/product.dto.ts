import { ApiProperty, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, Validate } from 'class-validator';
import { GtinConstraint } from '../inventory/gtin';
import { PageOf, PageQuery } from '../common/pagination.dto';
import { IMAGE_WIDTHS, ImageVariantView } from '../stores/store.dto';

const MAX_PRICE_MINOR = 100_000_000;
// An absolute http(s) URL, or a root-relative path on this site ("//host" would be another site).
const IMAGE_URL = /^(https?:\/\/[^\s/?#]+[^\s]*|\/(?!\/)[^\s]*)$/;

export class CreateProductDto {
  @ApiProperty({ example: 'BK-ROAD-54', maxLength: 64, description: 'Unique in your catalogue; letters, digits, - _ .' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { message: 'sku must be 1-64 letters, digits, ".", "_" or "-"' })
  sku: string;

  @ApiProperty({
    required: false,
    nullable: true,
    type: String,
    example: '036000291452',
    description:
      'GTIN-8, UPC-A (12 digits), EAN-13 or GTIN-14 with its check digit; unique in your catalogue. Retailers may name the product by it in inventory feeds',
  })
  @IsOptional()
  @IsString()
  @MaxLength(14)
  @Validate(GtinConstraint)
  gtin?: string | null;

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

  @ApiProperty({
    required: false,
    example: 'https://cdn.example.com/road-54.jpg',
    description: 'An http(s) URL, or a path on this site (an uploaded image, /assets/…)',
  })
  @IsOptional()
  @Matches(IMAGE_URL, { message: 'imageUrl must be an http(s) URL or a path on this site starting with "/"' })
  @MaxLength(2000)
  imageUrl?: string;

  @ApiProperty({ required: false, default: '', description: "What the image shows, for people who cannot see it; empty: the product's name" })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  imageAlt?: string;

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

  @ApiProperty({ required: false, maxLength: 100, description: 'Words in the name, SKU or description (any part of them)' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class ProductView {
  @ApiProperty() id: string;
  @ApiProperty() sku: string;
  @ApiProperty({ nullable: true, type: String }) gtin: string | null;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty({ nullable: true, type: String }) imageUrl: string | null;
  @ApiProperty() imageAlt: string;
  @ApiProperty({ type: [ImageVariantView], maxItems: IMAGE_WIDTHS.length }) imageVariants: ImageVariantView[];
  @ApiProperty() priceMinor: number;
  @ApiProperty() fulfilmentPriceMinor: number;
  @ApiProperty() active: boolean;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class ProductPage extends PageOf(ProductView) {}
