import { ApiProperty } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { DealerStatus } from './dealer-approval.entity';

export class RequestDealershipDto {
  @ApiProperty({ required: false, format: 'uuid', description: 'The manufacturer; or send storeSlug instead' })
  @IsOptional()
  @IsUUID()
  manufacturerId?: string;

  @ApiProperty({ required: false, example: 'acme-bikes', description: "The manufacturer's store slug; or send manufacturerId instead" })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  storeSlug?: string;

  @ApiProperty({ required: false, example: 'We stock your road range in three shops.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class ApproveDealerDto {
  @ApiProperty({ required: false, example: 'Welcome aboard' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class DealerReasonDto {
  @ApiProperty({ example: 'Repeatedly shipped late', description: 'Shown to the retailer' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason: string;
}

export class DealerQuery {
  @ApiProperty({ required: false, enum: DealerStatus, enumName: 'DealerStatus' })
  @IsOptional()
  @IsEnum(DealerStatus)
  status?: DealerStatus;
}

class Party {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

class StoreRef {
  @ApiProperty() name: string;
  @ApiProperty() slug: string;
}

export class DealerView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: DealerStatus, enumName: 'DealerStatus' }) status: DealerStatus;
  @ApiProperty({ nullable: true, type: String, description: "The retailer's request note, or the manufacturer's reason for its decision" })
  note: string | null;
  @ApiProperty({ nullable: true, type: Date }) decidedAt: Date | null;
  @ApiProperty() manufacturer: Party;
  @ApiProperty() store: StoreRef;
  @ApiProperty() retailer: Party;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}
