import { Module } from '@nestjs/common';
import { Clock } from './clock';
import { ResolutionController } from './resolution.controller';
import { ResolutionRunner } from './resolution-runner.service';
import { ResolutionScheduler } from './resolution.scheduler';
import { ResolutionService } from './resolution.service';

@Module({
  controllers: [ResolutionController],
  providers: [Clock, ResolutionService, ResolutionRunner, ResolutionScheduler],
  exports: [Clock, ResolutionService],
})
export class ResolutionModule {}
