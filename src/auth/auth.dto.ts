import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IsHardToGuess, MIN_PASSWORD_LENGTH } from './password-strength';
import { Role } from './role';

const normaliseEmail = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class LoginDto {
  @ApiProperty({ example: 'ops@nearfill.example' })
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email: string;

  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString()
  @MaxLength(200)
  password: string;
}

/** A new person: used by ops onboarding (the first admin) and by tenant admins adding colleagues. */
export class NewUserDto {
  @ApiProperty({ example: 'ana@velo.example' })
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Ana Ruiz' })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name: string;

  @ApiProperty({
    minLength: MIN_PASSWORD_LENGTH,
    maxLength: 200,
    description:
      'At least 12 characters, not only spaces, and hard to guess: common passwords, keyboard walks, repeats and the e-mail or name are refused, with the reason',
  })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `password must be at least ${MIN_PASSWORD_LENGTH} characters long` })
  @MaxLength(200)
  @IsHardToGuess()
  password: string;

  @ApiProperty({ required: false, default: false, description: 'May add and disable users of the organisation' })
  @IsOptional()
  @IsBoolean()
  isAdmin?: boolean;
}

/** A signed-in person's new password; judged with their own e-mail and name (SessionsService.changePassword). */
export class ChangePasswordDto {
  @ApiProperty({ description: 'The password the person signs in with now' })
  @IsString()
  @MinLength(1, { message: 'currentPassword is required' })
  @MaxLength(200)
  currentPassword: string;

  @ApiProperty({
    minLength: MIN_PASSWORD_LENGTH,
    maxLength: 200,
    description: "The same rules as a new user's password, with the e-mail and name on the account as known words. Every other session ends.",
  })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `newPassword must be at least ${MIN_PASSWORD_LENGTH} characters long` })
  @MaxLength(200)
  newPassword: string;
}

export class SessionResponse {
  @ApiProperty({ description: 'The new session: send as "Authorization: Bearer <accessToken>"' }) accessToken: string;
  @ApiProperty({ description: 'Seconds until the token expires' }) expiresIn: number;
}

export class UserView {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: Role }) role: Role;
  @ApiProperty({ nullable: true, type: String }) manufacturerId: string | null;
  @ApiProperty({ nullable: true, type: String }) retailerId: string | null;
  @ApiProperty() isAdmin: boolean;
  @ApiProperty({ nullable: true, type: Date }) disabledAt: Date | null;
  @ApiProperty() createdAt: Date;
}

export class LoginResponse {
  @ApiProperty({ description: 'Send as "Authorization: Bearer <accessToken>"' }) accessToken: string;
  @ApiProperty({ description: 'Seconds until the token expires' }) expiresIn: number;
  @ApiProperty({ type: UserView }) user: UserView;
}

export class NewApiKeyDto {
  @ApiProperty({ example: 'Shop inventory system' })
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  name: string;
}

export class PersonRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
}

/** An organisation's key: owned by the retailer, created and revoked by its admins. */
export class ApiKeyView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'The first characters of the key' }) prefix: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: PersonRef, description: 'The admin who created it; disabling them revokes it' }) createdBy: PersonRef;
  @ApiProperty({ nullable: true, type: Date, description: 'Last request made with it (updated at most once a minute)' }) lastUsedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) revokedAt: Date | null;
  @ApiProperty({ nullable: true, type: PersonRef, description: 'The admin who revoked it, or who disabled its creator' }) revokedBy: PersonRef | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why it was revoked when not directly, e.g. its creator was disabled' })
  revokedReason: string | null;
}

export class CreatedApiKey extends ApiKeyView {
  @ApiProperty({ description: 'The key itself. Shown only now: store it safely. Send it as the "X-Api-Key" header.' })
  key: string;
}

/** Who a request acts as: a signed-in user, or a retailer's API key. */
export class PrincipalView {
  @ApiProperty({ enum: ['user', 'api-key'] }) kind: 'user' | 'api-key';
  @ApiProperty({ required: false, format: 'uuid' }) userId?: string;
  @ApiProperty({ required: false, format: 'uuid' }) apiKeyId?: string;
  @ApiProperty({ enum: Role }) role: Role;
  @ApiProperty({ required: false, format: 'uuid' }) manufacturerId?: string;
  @ApiProperty({ required: false, format: 'uuid' }) retailerId?: string;
  @ApiProperty() isAdmin: boolean;
}
