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
  @ApiProperty({
    description:
      "Why you got it, in your words: the customer chose your store (at checkout, or to pick it up there), or the rule's nearest-dealer reason",
    example: 'The nearest dealer who confirmed they had it in stock, 4.2 km away',
  })
  reason: string;
  @ApiProperty() awardedAt: string;
}

/** One parcel of the order on its way: the carrier and its tracking number, in the carriers' lookup form. */
class WonShipment {
  @ApiProperty({ example: 'UPS', maxLength: 60 }) carrier: string;
  @ApiProperty({ example: '1Z999AA10123456784', maxLength: 40, description: 'Letters and digits only, as carriers look it up' })
  trackingNumber: string;
  @ApiProperty() shippedAt: Date;
  @ApiProperty({ nullable: true, type: Date, description: 'When it was marked delivered; null until then' }) deliveredAt: Date | null;
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
  @ApiProperty({
    type: [WonShipment],
    maxItems: 1,
    description: 'What you shipped it with, once marked shipped (an order ships as one parcel today); empty before',
  })
  shipments: WonShipment[];
}

export class WonOrderPage extends PageOf(WonOrderView) {}
