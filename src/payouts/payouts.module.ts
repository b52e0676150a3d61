import { Module } from '@nestjs/common';
import { PaymentsModule } from '../payments/payments.module';
import { ResolutionModule } from '../resolution/resolution.module';
import { SettlementModule } from '../settlement/settlement.module';
import { OpsPayoutsController } from './ops-payouts.controller';
import { PayoutAccounts } from './payout-accounts.service';
import { PayoutRuns } from './payout-runs.service';
import { PayoutTransfers } from './payout-transfers.service';
import { PayoutsController } from './payouts.controller';
import { PayoutsScheduler } from './payouts.scheduler';
import { PayoutsService } from './payouts.service';
import { ReconciliationService } from './reconciliation.service';
import { TestOnboardingController } from './test-onboarding.controller';

/** Fulfillers' payouts: accounts and onboarding, the scheduled runs, transfers with retries, reconciliation. */
@Module({
  imports: [SettlementModule, ResolutionModule, PaymentsModule],
  controllers: [PayoutsController, OpsPayoutsController, TestOnboardingController],
  providers: [PayoutAccounts, PayoutRuns, PayoutTransfers, PayoutsService, PayoutsScheduler, ReconciliationService],
  exports: [PayoutAccounts, PayoutsService, ReconciliationService],
})
export class PayoutsModule {}
