import { Module } from '@nestjs/common';
import { ResolutionModule } from '../resolution/resolution.module';
import { DeclineController, FulfilmentController } from './fulfilment.controller';
import { FulfilmentScheduler } from './fulfilment.scheduler';
import { RerouteService } from './reroute.service';
import { ShipmentsService } from './shipments.service';

@Module({
  imports: [ResolutionModule],
  controllers: [FulfilmentController, DeclineController],
  providers: [ShipmentsService, RerouteService, FulfilmentScheduler],
  exports: [ShipmentsService, RerouteService],
})
export class FulfilmentModule {}
