import { ApiProperty, OmitType } from '@nestjs/swagger';
import { MILITARY_MAIL } from '../geo/locate';

/** A full postal address with its coordinates, as the API returns it. */
export class AddressView {
  @ApiProperty() line1: string;
  @ApiProperty({ nullable: true, type: String }) line2: string | null;
  @ApiProperty() city: string;
  @ApiProperty() region: string;
  @ApiProperty() postalCode: string;
  @ApiProperty() country: string;
  @ApiProperty() lat: number;
  @ApiProperty() lng: number;
}

export const SHIP_POINT_SOURCES = ['coordinates', 'postal-code', 'city', 'postal-prefix', MILITARY_MAIL];

/** How an order's shipping point was found, for the people who fulfil and watch it. */
export class ShipPointView {
  @ApiProperty({
    enum: SHIP_POINT_SOURCES,
    description:
      'coordinates: sent with the order; postal-code: its ZIP centroid; city / postal-prefix: its ZIP is missing from the ' +
      'offline data set, so its town or its ZIP-prefix area (approximate); military-mail: no point, shipped by the manufacturer',
  })
  locatedBy: string;

  @ApiProperty({ description: 'True when located by town or ZIP-prefix area: distances to it are rough' }) approximate: boolean;
}

/** An order's shipping address: no coordinates for military mail, which is not delivered by place. */
export class ShippingAddressView extends OmitType(AddressView, ['lat', 'lng']) {
  @ApiProperty({ nullable: true, type: Number, description: 'Null for military mail' }) lat: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Null for military mail' }) lng: number | null;
  @ApiProperty({ type: ShipPointView }) located: ShipPointView;
}
