import { ChosenDealerView } from './chosen-dealer';
import { ApiProperty } from '@nestjs/swagger';
import { OrderPaymentView } from '../payments/payments.dto';
import { PickupView } from '../pickup/pickup.dto';
import { OrderStatus } from './order-status';
import { MAX_LINES } from './place-order.dto';

export class TimelineEntry {
  @ApiProperty() at: Date;
  @ApiProperty({ enum: OrderStatus }) status: OrderStatus;
  @ApiProperty() note: string;
}

export class Fulfiller {
  @ApiProperty({ enum: ['retailer', 'manufacturer'] }) kind: 'retailer' | 'manufacturer';
  @ApiProperty({ example: 'Velo Shop' }) name: string;
  @ApiProperty({ nullable: true, type: String, example: 'Portland, OR' }) place: string | null;
  @ApiProperty({ nullable: true, type: Number }) distanceKm: number | null;
  @ApiProperty({ example: 'Velo Shop, Portland OR — 2.6 mi from you, the nearest dealer who confirmed they had it in stock' })
  summary: string;
}

export class ParcelView {
  @ApiProperty({ example: 'UPS' }) carrier: string;
  @ApiProperty({ example: '1Z999AA10123456784', description: 'Letters and digits only, as carriers look it up' }) trackingNumber: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: "The carrier's own tracking page for this parcel; null for a carrier not in the list (fulfilment/carriers.ts)",
  })
  trackingUrl: string | null;
}

export class OrderLineView {
  @ApiProperty() sku: string;
  @ApiProperty() name: string;
  @ApiProperty() quantity: number;
  @ApiProperty() unitPriceMinor: number;
}

export class TrackedOrder {
  @ApiProperty() number: string;
  @ApiProperty({ enum: OrderStatus }) status: OrderStatus;
  @ApiProperty() storeName: string;
  @ApiProperty() storeSlug: string;
  @ApiProperty() currency: string;
  @ApiProperty() totalMinor: number;
  @ApiProperty({ type: [OrderLineView], maxItems: MAX_LINES }) lines: OrderLineView[];
  @ApiProperty({ description: 'Where it ships to (city and region only)' }) shipTo: string;
  @ApiProperty({ example: 'US', description: 'Country it ships to (ISO 3166-1 alpha-2): distances are in miles for US addresses' })
  shipCountry: string;
  @ApiProperty({ example: 'America/Los_Angeles', description: "IANA time zone at the shipping address: show times in the customer's own" })
  timeZone: string;
  @ApiProperty({ nullable: true, type: Date, description: 'When the fulfiller is chosen' }) resolvesAt: Date | null;
  @ApiProperty({ type: Fulfiller, nullable: true }) fulfiller: Fulfiller | null;
  @ApiProperty({ type: [TimelineEntry] }) timeline: TimelineEntry[];
  @ApiProperty({ type: ParcelView, nullable: true, description: 'The parcel once it has shipped (null before, and for a pickup)' })
  parcel: ParcelView | null;
  @ApiProperty() canCancel: boolean;
  @ApiProperty() canErase: boolean;
  @ApiProperty() erased: boolean;
  @ApiProperty({ type: PickupView, nullable: true, description: 'For a pick-up-in-store order: where, and by when each step is due' })
  pickup: PickupView | null;
  @ApiProperty({
    type: ChosenDealerView,
    nullable: true,
    description:
      'The dealer you chose to support at checkout, and what came of it; null without a choice, or when the order was cancelled or expired before it was decided',
  })
  chosenDealer: ChosenDealerView | null;
  @ApiProperty({ type: OrderPaymentView, nullable: true, description: 'The card payment: card, amounts authorised, charged and refunded' })
  payment: OrderPaymentView | null;
}
