import { Module } from '@nestjs/common';
import { ResolutionModule } from '../resolution/resolution.module';
import { CustomerReturnsController, FulfillerReturnsController } from './returns.controller';
import { ReturnsService } from './returns.service';

@Module({
  imports: [ResolutionModule],
  controllers: [CustomerReturnsController, FulfillerReturnsController],
  providers: [ReturnsService],
  exports: [ReturnsService],
})
export class ReturnsModule {}
