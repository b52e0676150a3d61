import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PageOf, PageQuery } from '../common/pagination.dto';
import { BidStatus } from './bid.entity';
import { MAX_LINES } from '../orders/place-order.dto';
import { ShipPointView } from '../common/address.view';

export class BoardQuery {
  @ApiProperty({ required: false, format: 'uuid', maxLength: 36, description: "Only this manufacturer's orders" })
  @IsOptional()
  @IsUUID()
  manufacturerId?: string;

  @ApiProperty({ required: false, maxLength: 64, description: 'Only orders with a line of this SKU' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  sku?: string;

  @ApiProperty({ required: false, minimum: 0, maximum: 20_000, description: 'Only orders at most this many km from your nearest location' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  @Min(0)
  @Max(20_000)
  maxDistanceKm?: number;

  @ApiProperty({ required: false, maxLength: 200, description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiProperty({ required: false, type: 'integer', default: 50, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 50;
}

export class PlaceBidDto {
  @ApiProperty({ required: false, format: 'uuid', description: 'The location you ship from; default: your nearest one in range' })
  @IsOptional()
  @IsUUID()
  locationId?: string;
}

export class BidsQuery extends PageQuery {
  @ApiProperty({ required: false, enum: BidStatus, enumName: 'BidStatus' })
  @IsOptional()
  @IsEnum(BidStatus)
  status?: BidStatus;
}

class Named {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class LineView {
  @ApiProperty() sku: string;
  @ApiProperty() name: string;
  @ApiProperty() quantity: number;
}

export class ShipArea {
  @ApiProperty() city: string;
  @ApiProperty() region: string;
  @ApiProperty() postalCode: string;
  @ApiProperty() country: string;
}

export class OwnBid {
  @ApiProperty({ enum: BidStatus, enumName: 'BidStatus' }) status: BidStatus;
  @ApiProperty() locationId: string;
  @ApiProperty() placedAt: string;
}

/** An order as the board shows it: where it ships to by area only, never who the customer is. */
export class BoardEntry {
  @ApiProperty() orderId: string;
  @ApiProperty({ example: '100042' }) number: string;
  @ApiProperty() manufacturer: Named;
  @ApiProperty() storeName: string;
  @ApiProperty({ type: [LineView], maxItems: MAX_LINES }) lines: LineView[];
  @ApiProperty({ description: 'What you are paid for fulfilling it, in minor units of currency' }) payoutMinor: number;
  @ApiProperty() currency: string;
  @ApiProperty() shipTo: ShipArea;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 20_038,
    description:
      "Whole km from your nearest location to the order's area (the centre of the ~5.6 km grid cell holding the shipping point); the resolver measures to the exact point",
  })
  distanceKm: number;
  @ApiProperty({ description: 'Your nearest location' }) location: Named;
  @ApiProperty() postedAt: Date;
  @ApiProperty({ description: 'Bidding closes then; the resolver awards it at that run' }) resolvesAt: Date;
  @ApiProperty({ nullable: true, type: OwnBid }) myBid: OwnBid | null;
  @ApiProperty({ description: 'The customer chose you as the dealer to support: if you bid, you ship it (within your capacity). Only you see this' })
  chosenByCustomer: boolean;
}

export const CAPACITY_LOCATIONS = 200;

/** One of your active locations and its capacity today: bids beyond it are allowed and may still win. */
export class LocationCapacity {
  @ApiProperty({ description: 'Your location' }) location: Named;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 10000, nullable: true, description: 'Awards it takes per local day; null: no cap' })
  dailyCapacity: number | null;
  @ApiProperty({ example: '2026-12-05', description: 'Its local date now (its own time zone)' }) localDay: string;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 1_000_000,
    description: 'Awards counted on that day (resolver runs, re-routes) and pickups it accepted',
  })
  taken: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 10000, nullable: true, description: 'Awards it can still take today; null without a cap' })
  left: number | null;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 1_000_000,
    description: 'Its open bids on orders still on the board, to compare with its capacity',
  })
  openBids: number;
}

export class BoardPage {
  @ApiProperty({ type: [BoardEntry], maxItems: 100 }) items: BoardEntry[];
  @ApiProperty({
    type: [LocationCapacity],
    maxItems: CAPACITY_LOCATIONS,
    description: `Your active locations by name (the first ${CAPACITY_LOCATIONS}): each one's daily capacity, what is left today and its open bids`,
  })
  capacity: LocationCapacity[];
  @ApiProperty({ nullable: true, type: String, description: 'Send as cursor for the next page; null on the last page' })
  nextCursor: string | null;
}

export class LostReason {
  @ApiProperty({
    enum: ['nearer_dealer', 'chosen_dealer', 'no_capacity', 'passed_to_manufacturer', 'order_cancelled'],
    description:
      "nearer_dealer: the rule preferred another dealer's bid (nearer); chosen_dealer: the customer had chosen the dealer who won; no_capacity: your location's daily capacity was used up when the rule reached your bid; passed_to_manufacturer: after its award, operations passed the order to the manufacturer, which ships it (a decline or a missed ship-by date re-routes by the rule, so the remaining bids read no_capacity when none could take it); order_cancelled",
  })
  code: 'nearer_dealer' | 'chosen_dealer' | 'no_capacity' | 'passed_to_manufacturer' | 'order_cancelled';
  @ApiProperty({ description: 'The same in a sentence (distances in km)' }) message: string;
  @ApiProperty({
    required: false,
    type: 'integer',
    minimum: 0,
    maximum: 20_038,
    description: "nearer_dealer: whole km from the winner's location to the order's area",
  })
  winnerDistanceKm?: number;
  @ApiProperty({
    required: false,
    type: 'integer',
    minimum: 2,
    maximum: 10_000,
    description: "nearer_dealer: your bid's place in the order's preference, 1 first",
  })
  rank?: number;
  @ApiProperty({
    required: false,
    type: 'integer',
    minimum: 2,
    maximum: 10_000,
    description: 'nearer_dealer: how many bids the order had at the close',
  })
  bids?: number;
}

export class BidView {
  @ApiProperty() id: string;
  @ApiProperty() orderId: string;
  @ApiProperty() orderNumber: string;
  @ApiProperty({ description: 'The order status: posted while the window is open, then awarded' }) orderStatus: string;
  @ApiProperty({ enum: BidStatus, enumName: 'BidStatus' }) status: BidStatus;
  @ApiProperty() location: Named;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 20_038, description: "Whole km from that location to the order's area, as on the board" })
  distanceKm: number;
  @ApiProperty() payoutMinor: number;
  @ApiProperty() currency: string;
  @ApiProperty() placedAt: Date;
  @ApiProperty() resolvesAt: Date;
  @ApiProperty({ description: "Placed by automatic bidding from the location's inventory feed" }) automatic: boolean;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Why it was withdrawn when you did not withdraw it yourself (a stale feed, a stock recount)',
  })
  withdrawnReason: string | null;
  @ApiProperty({ nullable: true, type: LostReason, description: 'Why it lost, once the order is decided; null unless status is lost' })
  lostReason: LostReason | null;
  @ApiProperty({ description: 'The customer chose you as the dealer to support' }) chosenByCustomer: boolean;
}

export class BidPage extends PageOf(BidView) {}

export class OpsBidView {
  @ApiProperty() id: string;
  @ApiProperty() retailer: Named;
  @ApiProperty() location: Named;
  @ApiProperty() distanceKm: number;
  @ApiProperty({ enum: BidStatus, enumName: 'BidStatus' }) status: BidStatus;
  @ApiProperty() placedAt: string;
}

/** A board entry for support: the order by area, and every bid on it, nearest first. */
export class OpsBoardView {
  @ApiProperty() orderId: string;
  @ApiProperty() number: string;
  @ApiProperty() status: string;
  @ApiProperty() manufacturer: Named;
  @ApiProperty() storeName: string;
  @ApiProperty({ type: [LineView], maxItems: MAX_LINES }) lines: LineView[];
  @ApiProperty() payoutMinor: number;
  @ApiProperty() currency: string;
  @ApiProperty() shipTo: ShipArea;
  @ApiProperty({ nullable: true, type: Date }) postedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) resolvesAt: Date | null;
  @ApiProperty({ type: ShipPointView, description: 'How the shipping point was found; approximate ones are flagged' }) located: ShipPointView;
  @ApiProperty({ type: [OpsBidView] }) bids: OpsBidView[];
}
