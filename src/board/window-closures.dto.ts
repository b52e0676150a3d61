import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export class CloseWindowsDto {
  @ApiProperty({ required: false, format: 'uuid', description: "Only this manufacturer's orders (default: every store's)" })
  @IsOptional()
  @IsUUID()
  manufacturerId?: string;

  @ApiProperty({ example: 'Urgent run before the holiday', description: "Why; shown in each closed order's history" })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(3, { message: 'reason must say in a few words why the windows close early' })
  @MaxLength(300)
  reason: string;
}

/** How many of the latest early closures ops are shown. */
export const RECENT_CLOSURES = 20;

export class WindowClosureView {
  @ApiProperty() id: string;
  @ApiProperty({ nullable: true, type: String, description: 'null: every manufacturer' }) manufacturerId: string | null;
  @ApiProperty({ nullable: true, type: String }) manufacturerName: string | null;
  @ApiProperty({ nullable: true, type: String }) closedBy: string | null;
  @ApiProperty() reason: string;
  @ApiProperty({ description: 'Orders on the board whose window this closed' }) ordersClosed: number;
  @ApiProperty() createdAt: Date;
}
