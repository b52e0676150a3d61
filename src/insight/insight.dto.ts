import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IsIsoDate } from '../common/iso-date';

export const GRANULARITIES = ['day', 'week', 'month'] as const;
export type Granularity = (typeof GRANULARITIES)[number];
export const FULFILLERS = ['dealer', 'pickup', 'ship_to_store', 'manufacturer', 'unassigned'] as const;
export type Fulfiller = (typeof FULFILLERS)[number];
export const DEALER_SORTS = ['awards', 'winRate', 'chosen', 'meanShipHours', 'lateShare', 'declines', 'returns', 'rating', 'name'] as const;
export type DealerSort = (typeof DEALER_SORTS)[number];

/** A period of orders by the UTC day they were placed, [from, to), cut into days, weeks (from Monday) or months. */
export class InsightQuery {
  @IsIsoDate({ example: '2026-01-01', description: 'First day included (UTC)' })
  from: string;

  @IsIsoDate({ example: '2027-01-01', description: 'First day not included (UTC)' })
  to: string;

  @ApiProperty({ required: false, enum: GRANULARITIES, default: 'week', description: 'How the series over time is cut' })
  @IsOptional()
  @IsIn(GRANULARITIES, { message: 'granularity must be day, week or month' })
  granularity?: Granularity;

  @ApiProperty({ required: false, enum: DEALER_SORTS, default: 'awards', description: "The dealer table's order" })
  @IsOptional()
  @IsIn(DEALER_SORTS, { message: `sort must be one of ${DEALER_SORTS.join(', ')}` })
  sort?: DealerSort;

  @ApiProperty({ required: false, enum: ['asc', 'desc'], default: 'desc' })
  @IsOptional()
  @IsIn(['asc', 'desc'], { message: 'order must be asc or desc' })
  order?: 'asc' | 'desc';
}

/** Ops: the same, for every store or one. */
export class OpsInsightQuery extends InsightQuery {
  @ApiProperty({ required: false, format: 'uuid', description: 'Only this store; all stores when left out' })
  @IsOptional()
  @IsUUID('all', { message: 'storeId must be a store id (UUID)' })
  storeId?: string;
}

/** The manufacturer's rate table for the shipping cost estimate: each shipment costs base + per unit × distance, in the store's currency. */
export class ShippingRatesDto {
  @ApiProperty({ example: 450, description: 'Fixed part per shipment, in minor units' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  baseMinor: number;

  @ApiProperty({ example: 35, description: 'Per km or mi (see unit), in minor units' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  perUnitMinor: number;

  @ApiProperty({ enum: ['km', 'mi'], example: 'km' })
  @IsIn(['km', 'mi'], { message: 'unit must be km or mi' })
  unit: 'km' | 'mi';
}

export class ShippingRates {
  @ApiProperty({ example: 'USD' }) currency: string;
  @ApiProperty({ example: 450 }) baseMinor: number;
  @ApiProperty({ example: 35 }) perUnitMinor: number;
  @ApiProperty({ enum: ['km', 'mi'] }) unit: 'km' | 'mi';
  @ApiProperty() updatedAt: Date;
}

export class FulfillerShare {
  @ApiProperty({ enum: FULFILLERS }) fulfiller: Fulfiller;
  @ApiProperty({ example: 120 }) orders: number;
  @ApiProperty({ example: 0.4, description: 'orders / the period’s assigned orders (unassigned: / all orders), 0–1' }) share: number;
}

export class DistanceFigures {
  @ApiProperty({ description: 'Assigned orders with both distances known (not military mail, a warehouse set)' }) measuredOrders: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'km; upper edge of the distance bin holding the nearest-rank median (bins: 1 km up to 10 km, wider beyond)',
  })
  fulfillerMedianKm: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'km; the same for the nearest-rank 90th percentile' }) fulfillerP90Km: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'km; from the warehouse, same orders' }) warehouseMedianKm: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'km; from the warehouse, same orders' }) warehouseP90Km: number | null;
  @ApiProperty({ description: 'km; sum over measured orders of fulfiller distance' }) fulfillerKm: number;
  @ApiProperty({ description: 'km; sum over measured orders of warehouse distance' }) warehouseKm: number;
  @ApiProperty({ description: 'km; warehouse distance minus fulfiller distance per order, summed (negative when fulfillers were farther)' })
  kmSaved: number;
}

export class ShippingEstimate {
  @ApiProperty({ description: 'The rate table the estimate used, in words' }) basis: string;
  @ApiProperty({ description: 'Minor units: Σ (base + per unit × fulfiller distance) over measured orders' }) fulfillerMinor: number;
  @ApiProperty({ description: 'Minor units: Σ (base + per unit × warehouse distance) over the same orders' }) warehouseMinor: number;
  @ApiProperty({ description: 'Minor units: warehouseMinor − fulfillerMinor; an estimate, not an invoice' }) savedMinor: number;
}

export class FulfillerTimes {
  @ApiProperty({ enum: FULFILLERS }) fulfiller: Fulfiller;
  @ApiProperty() shipped: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Mean hours from order to shipment' }) toShipmentHours: number | null;
  @ApiProperty() delivered: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Mean hours from order to delivery (or pickup)' }) toDeliveryHours: number | null;
}

export class SeriesPoint {
  @ApiProperty({ example: '2026-11-02', description: 'First day of the day, week (Monday) or month' }) start: string;
  @ApiProperty() dealer: number;
  @ApiProperty() pickup: number;
  @ApiProperty() ship_to_store: number;
  @ApiProperty() manufacturer: number;
  @ApiProperty() unassigned: number;
}

export class DistanceBin {
  @ApiProperty({ description: 'km, included' }) fromKm: number;
  @ApiProperty({ nullable: true, type: Number, description: 'km, not included; null for the last, open-ended bin' }) toKm: number | null;
  @ApiProperty({ description: 'Measured orders whose fulfiller was this far' }) fulfillerOrders: number;
  @ApiProperty({ description: 'The same orders, counted by their warehouse distance' }) warehouseOrders: number;
}

export class DealerRow {
  @ApiProperty({ format: 'uuid' }) retailerId: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Awards it got (kept or later lost)' }) awards: number;
  @ApiProperty() bids: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Bids that won / bids, 0–1' }) winRate: number | null;
  @ApiProperty({ description: 'Orders whose customer chose it at checkout' }) chosen: number;
  @ApiProperty() shipped: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Mean hours from its award to its shipment' }) meanShipHours: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Shipped after the ship-by days or taken away as overdue / shipped or overdue, 0–1' })
  lateShare: number | null;
  @ApiProperty() declines: number;
  @ApiProperty({ description: 'Return requests on its orders, not refused' }) returns: number;
  @ApiProperty() ratings: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Mean stars, 1–5' }) rating: number | null;
  @ApiProperty({ description: 'Awards in the period of the same length just before' }) previousAwards: number;
  @ApiProperty({ nullable: true, type: Number, description: '(awards − previousAwards) / previousAwards; null when there were none before' }) trend:
    number | null;
}

export class CurrencyInsight {
  @ApiProperty({ example: 'USD' }) currency: string;
  @ApiProperty({ description: 'Paid orders placed in the period, not cancelled before an assignment' }) orders: number;
  @ApiProperty({ type: [FulfillerShare], maxItems: 5 }) fulfillers: FulfillerShare[];
  @ApiProperty({ type: DistanceFigures }) distance: DistanceFigures;
  @ApiProperty({ type: ShippingEstimate, nullable: true, description: 'Null without a rate table in this currency' })
  shippingEstimate: ShippingEstimate | null;
  @ApiProperty({ type: [FulfillerTimes], maxItems: 4 }) times: FulfillerTimes[];
  @ApiProperty({ description: 'Awards declined by their fulfiller' }) declines: number;
  @ApiProperty({ description: 'Orders moved from one fulfiller to another (declined, overdue or by ops)' }) rerouted: number;
  @ApiProperty() ratings: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Mean stars, 1–5' }) rating: number | null;
  @ApiProperty({ type: [SeriesPoint], maxItems: 400, description: 'One slot per day, week or month (at most 400)' }) series: SeriesPoint[];
  @ApiProperty({ type: [DistanceBin], maxItems: 200 }) distanceBins: DistanceBin[];
  @ApiProperty({ type: [DealerRow], maxItems: 100000 }) dealers: DealerRow[];
}

export class Insight {
  @ApiProperty({ example: '2026-01-01' }) from: string;
  @ApiProperty({ example: '2027-01-01' }) to: string;
  @ApiProperty({ enum: GRANULARITIES }) granularity: Granularity;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The one store reported on; null for all stores (ops)' }) storeId:
    string | null;
  @ApiProperty({ nullable: true, type: Date, description: 'When the oldest of the stores’ summaries was rebuilt; figures are as of then' })
  refreshedAt: Date | null;
  @ApiProperty({ type: [CurrencyInsight], maxItems: 200 }) currencies: CurrencyInsight[];
}

export class InsightRefresh {
  @ApiProperty({ format: 'uuid' }) storeId: string;
  @ApiProperty() refreshedAt: Date;
  @ApiProperty({ description: 'Milliseconds the rebuild took' }) tookMs: number;
}
