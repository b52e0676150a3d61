import { Module } from '@nestjs/common';
import { ResolutionModule } from '../resolution/resolution.module';
import { ConsolePageFilter } from './console-page.filter';
import { OpsConsoleController } from './ops-console.controller';
import { OpsConsoleRenderer } from './ops-console.renderer';
import { ResolutionOutcomesService } from './resolution-outcomes.service';

@Module({
  imports: [ResolutionModule],
  controllers: [OpsConsoleController],
  providers: [OpsConsoleRenderer, ResolutionOutcomesService, ConsolePageFilter],
})
export class OpsConsoleModule {}
