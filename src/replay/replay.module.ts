import { Module } from '@nestjs/common';
import { ResolutionModule } from '../resolution/resolution.module';
import { ReplayController } from './replay.controller';
import { ReplayReader } from './replay-reader';
import { ReplayRunner } from './replay-runner.service';
import { ReplayService } from './replay.service';

/** Replays ("what if"): a past period's orders and bids awarded again under a policy to try. */
@Module({
  imports: [ResolutionModule],
  controllers: [ReplayController],
  providers: [ReplayService, ReplayRunner, ReplayReader],
  exports: [ReplayService],
})
export class ReplayModule {}
