import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { CATALOGUE_SORTS, CatalogueSort } from '../catalog/catalogue-search';
import { CURRENCY_CODES } from '../common/money';
import { MAX_OFFSET, MAX_PAGE_SIZE } from '../common/pagination.dto';
import { PairedWith } from '../geo/paired-with';
import { SLUG_PATTERN } from './slug';

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

export class WarehouseDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) line1: string;
  @ApiProperty({ required: false }) @IsOptional() @IsString() @MaxLength(200) line2?: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(100) city: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(100) region: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(20) postalCode: string;
  @ApiProperty({ example: 'US', minLength: 2, maxLength: 2, description: 'ISO 3166-1 alpha-2' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter code such as US' })
  country: string;
  @ApiProperty({ required: false, description: 'WGS84, sent with lng; located from the postal code when omitted or 0,0' })
  @PairedWith('lng')
  @IsOptional()
  @IsLatitude()
  lat?: number;
  @ApiProperty({ required: false, description: 'WGS84, sent with lat' })
  @PairedWith('lat')
  @IsOptional()
  @IsLongitude()
  lng?: number;
}

export class UpdateStoreDto {
  @ApiProperty({ required: false }) @IsOptional() @IsString() @MinLength(2) @MaxLength(80) name?: string;

  @ApiProperty({ required: false, example: 'cascade-cycles', description: 'URL-safe: lower-case letters, digits, hyphens' })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'slug may contain only lower-case letters, digits and single hyphens' })
  @MaxLength(48)
  slug?: string;

  @ApiProperty({ required: false })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: 'logoUrl must be an http(s) URL' })
  @MaxLength(2000)
  logoUrl?: string;

  @ApiProperty({ required: false, example: '#0f766e', maxLength: 7 })
  @IsOptional()
  @Matches(HEX_COLOR, { message: 'primaryColor must be a colour like #0f766e' })
  primaryColor?: string;

  @ApiProperty({ required: false, example: '#f59e0b', maxLength: 7 })
  @IsOptional()
  @Matches(HEX_COLOR, { message: 'accentColor must be a colour like #f59e0b' })
  accentColor?: string;

  @ApiProperty({ required: false }) @IsOptional() @IsString() @MaxLength(160) tagline?: string;

  @ApiProperty({ required: false }) @IsOptional() @IsEmail({}, { message: 'supportEmail must be an e-mail address' }) supportEmail?: string;

  @ApiProperty({ required: false, example: 'USD', description: 'ISO 4217; money is in its minor unit (cents, yen, fils)', maxLength: 3 })
  @IsOptional()
  @IsIn(CURRENCY_CODES, { message: 'currency must be an ISO 4217 code such as USD' })
  currency?: string;

  @ApiProperty({ required: false, description: 'Minimum hours an order stays on the bid board', minimum: 1, maximum: 168 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(168)
  minBoardHours?: number;

  @ApiProperty({ required: false, description: 'Days the fulfiller has to ship once awarded', minimum: 1, maximum: 30 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(30)
  shipByDays?: number;

  @ApiProperty({
    required: false,
    description: "Hours a retailer location's inventory feed stays fresh; an older feed makes no automatic bids on your orders",
    minimum: 1,
    maximum: 720,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(720)
  maxInventoryAgeHours?: number;
  @ApiProperty({
    required: false,
    description: 'Hours a store has to accept a pickup order before the manufacturer ships it there',
    minimum: 1,
    maximum: 168,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(168)
  pickupAcceptHours?: number;

  @ApiProperty({ required: false, description: 'Days a customer has to collect a ready pickup before it is cancelled', minimum: 1, maximum: 90 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(90)
  pickupHoldDays?: number;

  @ApiProperty({ required: false, description: 'Days the customer is told a ship-to-store takes', minimum: 1, maximum: 60 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  shipToStoreDays?: number;

  @ApiProperty({ required: false, description: 'Days after delivery or pickup within which returns may be requested', minimum: 0, maximum: 365 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365)
  returnWindowDays?: number;

  @ApiProperty({
    required: false,
    description: 'Name the platform in the store\'s footer ("Order fulfilment by Nearfill"); off by default (white label)',
  })
  @IsOptional()
  @IsBoolean()
  platformCredit?: boolean;

  @ApiProperty({ required: false, type: WarehouseDto, description: 'Where the manufacturer ships from when nobody bids' })
  @IsOptional()
  @ValidateNested()
  @Type(() => WarehouseDto)
  warehouse?: WarehouseDto;
}

export class StoreBranding {
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String, description: 'An uploaded logo (a path on this site) or an http(s) URL' }) logoUrl: string | null;
  @ApiProperty({ nullable: true, type: String, description: "The catalogue's hero picture: its largest copy, a path on this site" })
  heroImageUrl: string | null;
  @ApiProperty({ type: () => [ImageVariantView], description: 'Every copy of the hero picture, narrowest first, for a srcset', maxItems: 3 })
  heroImageVariants: ImageVariantView[];
  @ApiProperty() primaryColor: string;
  @ApiProperty() accentColor: string;
  @ApiProperty({ nullable: true, type: String }) tagline: string | null;
  @ApiProperty({ nullable: true, type: String }) supportEmail: string | null;
  @ApiProperty() currency: string;
}

export class StoreSettings extends StoreBranding {
  @ApiProperty() id: string;
  @ApiProperty() minBoardHours: number;
  @ApiProperty() shipByDays: number;
  @ApiProperty() maxInventoryAgeHours: number;
  @ApiProperty() pickupAcceptHours: number;
  @ApiProperty() pickupHoldDays: number;
  @ApiProperty() shipToStoreDays: number;
  @ApiProperty() returnWindowDays: number;
  @ApiProperty({ description: 'Whether the store names the platform in its footer' }) platformCredit: boolean;
  @ApiProperty({ type: WarehouseDto, nullable: true }) warehouse: WarehouseDto | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When the store opened to the public; null while it is a draft' })
  launchedAt: Date | null;
  @ApiProperty({
    type: () => [LaunchStep],
    description: 'What launching needs; every step done before POST /manufacturer/store/launch succeeds',
    maxItems: 3,
  })
  launchChecklist: LaunchStep[];
}

/** One condition for launching a store (stores.service.ts, launchChecklist). */
export class LaunchStep {
  @ApiProperty({ enum: ['product', 'branding', 'warehouse'] }) key: 'product' | 'branding' | 'warehouse';
  @ApiProperty({ example: 'At least one product on sale with a price' }) label: string;
  @ApiProperty() done: boolean;
}

/**
 * Widths (CSS pixels) an uploaded product picture is resized to and the storefront is offered; a smaller original
 * is never enlarged, so a product has at most one copy per width.
 */
export const IMAGE_WIDTHS = [320, 640, 1200] as const;

export class ImageVariantView {
  @ApiProperty({ example: 480, description: 'Width in CSS pixels' }) width: number;
  @ApiProperty({ example: '/media/products/1f2e/480.webp' }) url: string;
}

export class PublicProduct {
  @ApiProperty() sku: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Plain text with light Markdown (paragraphs, lists, *emphasis*, links); never HTML' }) description: string;
  @ApiProperty({ nullable: true, type: String, description: 'The largest image: an http(s) URL or a path on this site' })
  imageUrl: string | null;
  @ApiProperty({ description: "Text for people who cannot see the image; the product's name when the manufacturer gave none" })
  imageAlt: string;
  @ApiProperty({ type: [ImageVariantView], description: 'Smaller copies of the image, narrowest first, for a srcset', maxItems: IMAGE_WIDTHS.length })
  imageVariants: ImageVariantView[];
  @ApiProperty() priceMinor: number;
  @ApiProperty() currency: string;
}

/** Search and order a store's catalogue. */
export class CatalogueQuery {
  @ApiProperty({ required: false, description: 'Words in the name or description (full-text, the last word may be a prefix)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiProperty({ required: false, enum: CATALOGUE_SORTS, description: 'Default: relevance when searching, else name' })
  @IsOptional()
  @IsIn(CATALOGUE_SORTS, { message: `sort must be one of ${CATALOGUE_SORTS.join(', ')}` })
  sort?: CatalogueSort;

  @ApiProperty({
    required: false,
    type: 'integer',
    default: MAX_PAGE_SIZE,
    minimum: 1,
    maximum: MAX_PAGE_SIZE,
    description: 'Products per answer; page with offset',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiProperty({ required: false, type: 'integer', default: 0, minimum: 0, maximum: MAX_OFFSET, description: 'Products to skip, in the same order' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'offset must be a whole number' })
  @Min(0)
  @Max(MAX_OFFSET)
  offset?: number;
}
