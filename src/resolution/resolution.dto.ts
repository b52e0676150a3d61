import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { PageOf } from '../common/pagination.dto';
import { RunState, RunTrigger, SAMPLE_SIZE, SampleAward } from './resolution-run.entity';

export class StartResolutionDto {
  @ApiProperty({ description: 'Compute what would be awarded without writing any award', default: false })
  @IsBoolean()
  dryRun: boolean;

  @ApiPropertyOptional({ description: "Only this manufacturer's orders (default: every manufacturer)", format: 'uuid' })
  @IsOptional()
  @IsUUID()
  manufacturerId?: string;
}

export class RunCounts {
  @ApiProperty({ description: 'Due orders this run decided' }) considered: number;
  @ApiProperty() awardedRetailer: number;
  @ApiProperty() awardedManufacturer: number;
}

export class RunDistances {
  @ApiProperty({ nullable: true, type: Number, description: 'Mean distance of retailer awards, km' }) meanKm: number | null;
  @ApiProperty({ nullable: true, type: Number }) maxKm: number | null;
}

export class SampleAwardView implements SampleAward {
  @ApiProperty() orderNumber: string;
  @ApiProperty({ enum: ['retailer', 'manufacturer'] }) kind: 'retailer' | 'manufacturer';
  @ApiProperty({ nullable: true, type: String }) retailerName: string | null;
  @ApiProperty({ nullable: true, type: Number }) distanceKm: number | null;
  @ApiProperty() reason: string;
}

export class RunView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: RunTrigger }) trigger: RunTrigger;
  @ApiProperty() dryRun: boolean;
  @ApiProperty({ nullable: true, type: String }) manufacturerId: string | null;
  @ApiProperty({ enum: RunState }) state: RunState;
  @ApiProperty({ description: '0 to 100' }) progressPercent: number;
  @ApiProperty({ description: 'Due orders when the run was planned' }) planned: number;
  @ApiProperty({ type: RunCounts }) counts: RunCounts;
  @ApiProperty({ type: RunDistances }) distance: RunDistances;
  @ApiProperty({ description: 'Jobs the run was split into, and how many have finished' }) parts: { total: number; done: number };
  @ApiProperty({ type: [SampleAwardView], maxItems: SAMPLE_SIZE, description: 'Dry runs: examples of would-be awards' }) sample: SampleAwardView[];
  @ApiProperty({ nullable: true, type: String }) error: string | null;
  @ApiProperty({ description: 'Times the run was found without its jobs in Redis (restarted empty) and queued again' })
  recoveries: number;
  @ApiProperty({ nullable: true, type: Date, description: 'When its lost jobs were last queued again' }) recoveredAt: Date | null;
  @ApiProperty() cutoff: Date;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ nullable: true, type: Date }) startedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) finishedAt: Date | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Milliseconds from start to finish (or until now)' }) durationMs: number | null;
}

export class RunPage extends PageOf(RunView) {}
