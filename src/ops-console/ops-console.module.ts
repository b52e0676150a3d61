import { Module } from '@nestjs/common';
import { BoardModule } from '../board/board.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OnboardingModule } from '../onboarding/onboarding.module';
import { OrdersModule } from '../orders/orders.module';
import { PayoutsModule } from '../payouts/payouts.module';
import { ResolutionModule } from '../resolution/resolution.module';
import { FulfilmentModule } from '../fulfilment/fulfilment.module';
import { RatingsModule } from '../ratings/ratings.module';
import { ReturnsModule } from '../returns/returns.module';
import { workspaceSignInController } from '../workspace/workspace-sign-in.controller';
import { workspaceReplaysController } from '../workspace/workspace-replays';
import { ReplayModule } from '../replay/replay.module';
import { ConsoleAccountsController } from './console-accounts.controller';
import { ConsoleMessagesController } from './console-messages.controller';
import { ConsoleOrdersController } from './console-orders.controller';
import { ConsolePayoutsController } from './console-payouts.controller';
import { CONSOLE_PATHS, OPS_WORKSPACE } from './console-paths';
import { ConsoleRunsController } from './console-runs.controller';
import { ConsoleInsightController } from './console-insight.controller';
import { InsightModule } from '../insight/insight.module';
import { OpsConsolePageFilter, OpsConsolePages } from './ops-console-pages';
import { ResolutionOutcomesService } from './resolution-outcomes.service';

/** The page controllers, also listed in app.factory.ts as routes outside /api/v1. */
export const OPS_PAGE_CONTROLLERS = [
  workspaceSignInController(OPS_WORKSPACE, OpsConsolePages, OpsConsolePageFilter),
  ConsoleRunsController,
  ConsoleOrdersController,
  ConsoleAccountsController,
  ConsoleMessagesController,
  ConsolePayoutsController,
  workspaceReplaysController(OPS_WORKSPACE, OpsConsolePages, OpsConsolePageFilter, CONSOLE_PATHS.replays),
  ConsoleInsightController,
];

/** The ops console at /ops: the same services as the ops API, as pages. */
@Module({
  imports: [
    ResolutionModule,
    BoardModule,
    OrdersModule,
    OnboardingModule,
    NotificationsModule,
    FulfilmentModule,
    ReturnsModule,
    RatingsModule,
    PayoutsModule,
    ReplayModule,
    InsightModule,
  ],
  controllers: OPS_PAGE_CONTROLLERS,
  providers: [OpsConsolePages, OpsConsolePageFilter, ResolutionOutcomesService],
  exports: [OpsConsolePages],
})
export class OpsConsoleModule {}
