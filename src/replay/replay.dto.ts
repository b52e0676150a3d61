import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsDateString, IsInt, IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { PageOf } from '../common/pagination.dto';
import { AwardFigures, ChangedOrder, ReplayFulfiller, ReplayPolicy, ReplayResult } from './replay.entity';
import { ReplayState } from './replay-state';

/** The longest period one replay takes, days: its orders' pairs are held in memory at once. */
export const MAX_REPLAY_DAYS = 31;
/** The most orders one replay takes (a month of a large night is 100,000 a day). */
export const MAX_REPLAY_ORDERS = 3_100_000;
/** How many changed orders a replay keeps as examples. */
export const REPLAY_EXAMPLES = 20;

export class StartReplayDto {
  @ApiProperty({ format: 'date-time', example: '2026-11-01T00:00:00Z', description: 'Start of the period: runs whose cut-off is at or after it' })
  @IsDateString({}, { message: 'from must be a date, like 2026-11-01' })
  from: string;

  @ApiProperty({
    format: 'date-time',
    example: '2026-11-08T00:00:00Z',
    description: `End of the period, not included; at most ${MAX_REPLAY_DAYS} days after from`,
  })
  @IsDateString({}, { message: 'to must be a date, like 2026-11-08' })
  to: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "Ops: only this manufacturer's orders (default: every manufacturer's). Manufacturers always replay their own.",
  })
  @IsOptional()
  @IsUUID()
  manufacturerId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, description: 'Every location serves this radius, km (instead of its own)' })
  @IsOptional()
  @IsNumber()
  @Min(1)
  @Max(1000)
  radiusKm?: number;

  @ApiPropertyOptional({ minimum: 0.1, maximum: 10, description: "Every location's own radius times this (not with radiusKm)" })
  @IsOptional()
  @IsNumber()
  @Min(0.1)
  @Max(10)
  radiusFactor?: number;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 168,
    description: 'Minimum board time, hours, for every store; a window closes at the first scheduled run after it',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(168)
  minBoardHours?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100000, description: 'Awards each location may take per local day, instead of its own cap (or none)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  dailyCapacity?: number;

  @ApiPropertyOptional({ default: true, description: "Whether the customer's chosen dealer's bid goes first" })
  @IsOptional()
  @IsBoolean()
  chosenDealer?: boolean;
}

export class ReplayPolicyView implements ReplayPolicy {
  @ApiProperty({ nullable: true, type: Number, description: 'km; null: each location its own' }) radiusKm: number | null;
  @ApiProperty({ nullable: true, type: Number }) radiusFactor: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'hours; null: each store its own' }) minBoardHours: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'per location per local day; null: each location its own' }) dailyCapacity: number | null;
  @ApiProperty() chosenDealer: boolean;
}

export class ReplayFulfillerView implements ReplayFulfiller {
  @ApiProperty({ enum: ['retailer', 'manufacturer'] }) kind: 'retailer' | 'manufacturer';
  @ApiProperty({ nullable: true, type: String }) retailerName: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'km from the location to the shipping point' }) distanceKm: number | null;
}

export class ChangedOrderView implements ChangedOrder {
  @ApiProperty() orderNumber: string;
  @ApiProperty({ type: ReplayFulfillerView, description: 'What the run awarded' }) actual: ReplayFulfillerView;
  @ApiProperty({ type: ReplayFulfillerView, description: 'What the policy would have awarded' }) replayed: ReplayFulfillerView;
}

export class AwardFiguresView implements AwardFigures {
  @ApiProperty() toRetailers: number;
  @ApiProperty({ description: "Retailer awards to the customer's chosen dealer" }) toChosenDealers: number;
  @ApiProperty({ description: 'Fallbacks: the manufacturer ships' }) toManufacturer: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Mean km of retailer awards' }) meanKm: number | null;
  @ApiProperty({ nullable: true, type: Number }) maxKm: number | null;
  @ApiProperty({ description: "km saved against shipping from the store's warehouse, summed over retailer awards" }) kmSaved: number;
}

export class ReplayResultView implements ReplayResult {
  @ApiProperty({ description: "The period's orders (decided by its runs)" }) orders: number;
  @ApiProperty({ description: 'Orders the policy awards to another fulfiller' }) changed: number;
  @ApiProperty({ type: AwardFiguresView, description: 'What the runs awarded' }) actual: AwardFiguresView;
  @ApiProperty({ type: AwardFiguresView, description: 'What the policy would have awarded' }) replayed: AwardFiguresView;
  @ApiProperty({ type: [ChangedOrderView], maxItems: REPLAY_EXAMPLES, description: 'Changed orders, lowest number first' })
  examples: ChangedOrderView[];
}

export class ReplayView {
  @ApiProperty() id: string;
  @ApiProperty({ nullable: true, type: String, description: 'null: every manufacturer' }) manufacturerId: string | null;
  @ApiProperty({ enum: ReplayState }) state: ReplayState;
  @ApiProperty({ description: '0 to 100' }) progressPercent: number;
  @ApiProperty() periodFrom: Date;
  @ApiProperty() periodTo: Date;
  @ApiProperty({ type: ReplayPolicyView }) policy: ReplayPolicyView;
  @ApiProperty({ type: ReplayResultView, nullable: true }) result: ReplayResultView | null;
  @ApiProperty({ nullable: true, type: String }) error: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ nullable: true, type: Date }) startedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) finishedAt: Date | null;
}

export class ReplayPage extends PageOf(ReplayView) {}
