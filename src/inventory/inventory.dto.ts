import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageOf, PageQuery } from '../common/pagination.dto';
import { AutoBidOutcome } from './auto-bid-decision.entity';
import { MAX_LINES } from '../orders/place-order.dto';

/** The largest on-hand quantity a feed may state for one product at one location. */
export const MAX_ON_HAND = 1_000_000;
/** Items in one JSON feed request; larger full counts go as CSV (up to MAX_CSV_ROWS). */
export const MAX_JSON_ITEMS = 5_000;
export const MAX_CSV_ROWS = 100_000;

class Named {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class FeedItemDto {
  @ApiProperty({ required: false, example: 'BK-ROAD-54', description: "The manufacturer's SKU; send sku or gtin" })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  sku?: string;

  @ApiProperty({ required: false, example: '036000291452', description: 'GTIN/UPC/EAN as the manufacturer gives it; send sku or gtin' })
  @IsOptional()
  @IsString()
  @MaxLength(14)
  gtin?: string;

  @ApiProperty({
    required: false,
    example: 'cascade-cycles',
    description: "The manufacturer's store slug, needed only when two of your manufacturers use the same SKU",
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  manufacturer?: string;

  @ApiProperty({ example: 4, minimum: 0, maximum: MAX_ON_HAND, description: 'Units on hand (absolute, not a change)' })
  @IsInt()
  @Min(0)
  @Max(MAX_ON_HAND)
  quantity: number;
}

export class FeedDto {
  @ApiProperty({ type: [FeedItemDto], maxItems: MAX_JSON_ITEMS })
  @IsArray()
  @ArrayMaxSize(MAX_JSON_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => FeedItemDto)
  items: FeedItemDto[];

  @ApiProperty({ required: false, description: 'When the stock was counted (ISO 8601); default: now. Not in the future' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  countedAt?: Date;
}

export class FeedDeltaDto extends FeedDto {
  @ApiProperty({ type: [FeedItemDto], minItems: 1, maxItems: MAX_JSON_ITEMS })
  @ArrayMinSize(1)
  declare items: FeedItemDto[];
}

export class CsvFeedQuery {
  @ApiProperty({ required: false, description: 'When the stock was counted (ISO 8601); default: now. Not in the future' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  countedAt?: Date;
}

export class FeedView {
  @ApiProperty() location: Named;
  @ApiProperty({ description: 'false: no feed yet; its bids hold nothing and it makes no automatic bids' }) hasFeed: boolean;
  @ApiProperty({ nullable: true, type: Date }) countedAt: Date | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Seconds since countedAt' }) ageSeconds: number | null;
  @ApiProperty({ description: 'Products with a count' }) products: number;
  @ApiProperty() unitsOnHand: number;
  @ApiProperty({ description: 'Units held by open bids, unshipped won orders and accepted pickups not yet picked up' }) unitsHeld: number;
  @ApiProperty({
    type: [Named],
    description: 'Manufacturers you bid on automatically whose maximum feed age this feed exceeds: no automatic bids for them from here',
  })
  staleFor: Named[];
}

export class OvercommittedView {
  @ApiProperty() sku: string;
  @ApiProperty({ description: 'Units counted' }) onHand: number;
  @ApiProperty({ description: 'Units promised by won orders not yet shipped and accepted pickups not yet picked up' }) held: number;
}

export class FeedUploadView {
  @ApiProperty({ description: 'Products counted in this upload' }) applied: number;
  @ApiProperty({ description: 'Products no longer listed, removed by a full replace' }) removed: number;
  @ApiProperty({ description: 'Bids withdrawn because the new count no longer covers them (newest first)' }) withdrawnBids: number;
  @ApiProperty({
    type: [OvercommittedView],
    maxItems: MAX_CSV_ROWS,
    description:
      'Products this count leaves short of promises already made (won orders, accepted pickups): they keep their hold and no new bid or pickup is accepted there until a count covers them; restock, or decline the won orders you cannot fill',
  })
  overcommitted: OvercommittedView[];
  @ApiProperty() feed: FeedView;
}

export class StockItemQuery extends PageQuery {
  @ApiProperty({ required: false, description: 'Exact SKU' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  sku?: string;
}

export class StockItemView {
  @ApiProperty() productId: string;
  @ApiProperty() sku: string;
  @ApiProperty({ nullable: true, type: String }) gtin: string | null;
  @ApiProperty() name: string;
  @ApiProperty() manufacturer: Named;
  @ApiProperty() onHand: number;
  @ApiProperty({ description: 'Held by open bids, unshipped won orders and accepted pickups not yet picked up' }) held: number;
  @ApiProperty({ description: 'onHand − held (negative after a recount below unshipped won orders)' }) available: number;
  @ApiProperty() countedAt: Date;
}

export class StockItemPage extends PageOf(StockItemView) {}

class HeldLine {
  @ApiProperty() sku: string;
  @ApiProperty() quantity: number;
}

export class HoldView {
  @ApiProperty({ nullable: true, type: String, format: 'uuid', maxLength: 36, description: 'The bid that holds the stock; null for a pickup' })
  bidId: string | null;
  @ApiProperty() orderId: string;
  @ApiProperty() orderNumber: string;
  @ApiProperty({
    enum: ['open', 'won', 'pickup'],
    description: 'open: on the board; won: awarded to you, held until shipped; pickup: a pickup you accepted, held until picked up',
  })
  status: 'open' | 'won' | 'pickup';
  @ApiProperty() automatic: boolean;
  @ApiProperty({ description: 'When the bid was placed, or the pickup accepted' }) placedAt: Date;
  @ApiProperty({ type: [HeldLine], maxItems: MAX_LINES }) lines: HeldLine[];
}

export class HoldPage extends PageOf(HoldView) {}

export class AutoBidSettingDto {
  @ApiProperty({
    required: false,
    nullable: true,
    type: [String],
    maxItems: 1000,
    description: 'Only these locations bid automatically; null or absent: all your active locations',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  locationIds?: string[] | null;
}

export class AutoBidSettingView {
  @ApiProperty() manufacturer: Named;
  @ApiProperty({ nullable: true, type: [String], maxItems: 1000 }) locationIds: string[] | null;
  @ApiProperty() updatedAt: Date;
}

export class DecisionQuery extends PageQuery {
  @ApiProperty({ required: false })
  @IsOptional()
  @IsUUID()
  orderId?: string;

  @ApiProperty({ required: false, enum: AutoBidOutcome, enumName: 'AutoBidOutcome' })
  @IsOptional()
  @IsIn(Object.values(AutoBidOutcome))
  outcome?: AutoBidOutcome;
}

export class DecisionView {
  @ApiProperty() orderId: string;
  @ApiProperty() orderNumber: string;
  @ApiProperty({ enum: AutoBidOutcome, enumName: 'AutoBidOutcome' }) outcome: AutoBidOutcome;
  @ApiProperty({ nullable: true, type: Named }) location: Named | null;
  @ApiProperty() reason: string;
  @ApiProperty() decidedAt: Date;
}

export class DecisionPage extends PageOf(DecisionView) {}

export class DealerFeedView {
  @ApiProperty() retailer: Named;
  @ApiProperty({ description: 'Bids automatically on your orders' }) autoBidding: boolean;
  @ApiProperty({ description: 'Active locations' }) locations: number;
  @ApiProperty({ description: 'Active locations with a feed no older than your maximum inventory age' }) freshFeeds: number;
  @ApiProperty({ description: 'Active locations with an older feed' }) staleFeeds: number;
  @ApiProperty({ nullable: true, type: Date, description: 'The oldest count among its feeds' }) oldestCountedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) newestCountedAt: Date | null;
}
