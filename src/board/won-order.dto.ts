import { PageOf } from '../common/pagination.dto';
import { ApiProperty } from '@nestjs/swagger';
import { AddressView } from '../common/address.view';
import { MAX_LINES } from '../orders/place-order.dto';

class Named {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

class WonLine {
  @ApiProperty() sku: string;
  @ApiProperty() name: string;
  @ApiProperty() quantity: number;
  @ApiProperty() unitFulfilmentPriceMinor: number;
}

class Customer {
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty({ nullable: true, type: String }) phone: string | null;
}


class AwardSummary {
  @ApiProperty({ description: 'Your location that ships it' }) locationId: string;
  @ApiProperty() distanceKm: number;
  @ApiProperty() reason: string;
  @ApiProperty() awardedAt: string;
}

/** An order this retailer won: now, and only for it, with the customer's name, address and contact. */
export class WonOrderView {
  @ApiProperty() id: string;
  @ApiProperty() number: string;
  @ApiProperty() status: string;
  @ApiProperty() manufacturer: Named;
  @ApiProperty() storeName: string;
  @ApiProperty() currency: string;
  @ApiProperty() payoutMinor: number;
  @ApiProperty({ type: [WonLine], maxItems: MAX_LINES }) lines: WonLine[];
  @ApiProperty() customer: Customer;
  @ApiProperty() shipTo: AddressView;
  @ApiProperty() award: AwardSummary;
  @ApiProperty({ description: 'Ship by then, or the order goes to the next-nearest bidder' }) shipBy: Date;
}

export class WonOrderPage extends PageOf(WonOrderView) {}
