import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { NewUserDto, UserView } from '../auth/auth.dto';

export class OnboardTenantDto {
  @ApiProperty({ example: 'Cascade Cycles' })
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  name: string;

  @ApiProperty({ type: NewUserDto, description: "The organisation's first admin user" })
  @ValidateNested()
  @Type(() => NewUserDto)
  admin: NewUserDto;
}

export class TenantView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() createdAt: Date;
}

export class StoreAddress {
  @ApiProperty({ description: 'The store is at /s/<slug>' }) slug: string;
}

export class OnboardedTenant {
  @ApiProperty({ type: TenantView }) tenant: TenantView;
  @ApiProperty({ type: StoreAddress, required: false, description: 'Manufacturers only: their new store' }) store?: StoreAddress;
  @ApiProperty({ type: UserView }) admin: UserView;
}
