import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { NewUserDto, UserView } from '../auth/auth.dto';

export class OnboardTenantDto {
  @ApiProperty({ example: 'Cascade Cycles' })
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  name: string;

  @ApiProperty({ type: NewUserDto, description: "The organisation's first admin user" })
  @IsDefined({ message: "admin is required: the first admin user's name, email and password" })
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

export class OrganisationUsersQuery {
  @ApiProperty({ required: false, format: 'uuid', description: "A manufacturer's users" })
  @IsOptional()
  @IsUUID()
  manufacturerId?: string;

  @ApiProperty({ required: false, format: 'uuid', description: "A retailer's users (one of the two is required)" })
  @IsOptional()
  @IsUUID()
  retailerId?: string;
}

export class OrganisationView {
  @ApiProperty({ enum: ['manufacturer', 'retailer'] }) kind: 'manufacturer' | 'retailer';
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String, description: "Manufacturers: their store's slug" }) storeSlug: string | null;
  @ApiProperty({ description: 'Users, disabled ones included' }) users: number;
  @ApiProperty() activeUsers: number;
  @ApiProperty() createdAt: Date;
}
