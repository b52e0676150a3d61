import { Module } from '@nestjs/common';
import { BoardModule } from '../board/board.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OnboardingModule } from '../onboarding/onboarding.module';
import { OrdersModule } from '../orders/orders.module';
import { ResolutionModule } from '../resolution/resolution.module';
import { ConsoleAccountsController } from './console-accounts.controller';
import { ConsoleMessagesController } from './console-messages.controller';
import { ConsoleOrdersController } from './console-orders.controller';
import { ConsolePageFilter } from './console-page.filter';
import { ConsoleRunsController } from './console-runs.controller';
import { OpsConsoleController } from './ops-console.controller';
import { OpsConsoleRenderer } from './ops-console.renderer';
import { ResolutionOutcomesService } from './resolution-outcomes.service';

@Module({
  imports: [ResolutionModule, BoardModule, OrdersModule, OnboardingModule, NotificationsModule],
  controllers: [OpsConsoleController, ConsoleRunsController, ConsoleOrdersController, ConsoleAccountsController, ConsoleMessagesController],
  providers: [OpsConsoleRenderer, ResolutionOutcomesService, ConsolePageFilter],
})
export class OpsConsoleModule {}
