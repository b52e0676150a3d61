import { ApiProperty } from '@nestjs/swagger';

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
