import { Module } from '@nestjs/common';
import { Clock } from './clock';
import { ResolutionController } from './resolution.controller';
import { ResolutionRunner } from './resolution-runner.service';
import { ResolutionScheduler } from './resolution.scheduler';
import { ResolutionService } from './resolution.service';
import { RunWatchdog } from './run-watchdog.service';

@Module({
  controllers: [ResolutionController],
  providers: [Clock, ResolutionService, ResolutionRunner, ResolutionScheduler, RunWatchdog],
  exports: [Clock, ResolutionService],
})
export class ResolutionModule {}
