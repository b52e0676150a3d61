import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class RateDto {
  @ApiProperty({ minimum: 1, maximum: 5, example: 5, description: 'How the order was fulfilled: 1 (poor) to 5 (excellent)' })
  @IsInt({ message: 'stars must be a whole number from 1 to 5' })
  @Min(1, { message: 'stars must be a whole number from 1 to 5' })
  @Max(5, { message: 'stars must be a whole number from 1 to 5' })
  stars: number;

  @ApiProperty({ required: false, example: 'Ready the same day, friendly staff', maxLength: 1000 })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(1000)
  comment?: string;
}

export class RatingView {
  @ApiProperty() stars: number;
  @ApiProperty({ nullable: true, type: String }) comment: string | null;
  @ApiProperty() ratedAt: Date;
  @ApiProperty({ description: 'Who fulfilled the order: the rated retailer, or the manufacturer' }) fulfilledBy: string;
}

export class CustomerRating {
  @ApiProperty({ description: 'True once the order is delivered or picked up' }) canRate: boolean;
  @ApiProperty({ type: RatingView, nullable: true }) rating: RatingView | null;
}

export class DealerRecord {
  @ApiProperty() retailerId: string;
  @ApiProperty() retailerName: string;
  @ApiProperty() manufacturerId: string;
  @ApiProperty() manufacturerName: string;
  @ApiProperty({ description: 'Orders awarded or assigned (pickup) to the retailer' }) awards: number;
  @ApiProperty({ description: 'Awards it declined' }) declines: number;
  @ApiProperty({ description: 'Awards it let pass their deadline (ship-by, pickup acceptance) or shipped after it' }) lateShipments: number;
  @ApiProperty({ description: 'Customer ratings received' }) ratings: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Average stars, one decimal; null without ratings' }) averageStars: number | null;
  @ApiProperty({ description: 'Orders whose customer chose this dealer at checkout' }) chosenByCustomers: number;
  @ApiProperty({ description: 'Of those, the ones it won with its bid' }) chosenAndWon: number;
}

/** A dealer's figures before its first award or customer's choice: nothing counted, no rating. */
export const EMPTY_DEALER_RECORD: Readonly<Omit<DealerRecord, 'retailerId' | 'retailerName' | 'manufacturerId' | 'manufacturerName'>> = {
  awards: 0,
  declines: 0,
  lateShipments: 0,
  ratings: 0,
  averageStars: null,
  chosenByCustomers: 0,
  chosenAndWon: 0,
};
