import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { PAYMENT_PROVIDER } from '../payments/payment-provider';
import { TestPaymentProvider } from '../payments/test-payment-provider';
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
  imports: [SettlementModule, ResolutionModule],
  controllers: [PayoutsController, OpsPayoutsController, TestOnboardingController],
  providers: [
    // The payments module provides the app's one provider (Stripe or test) once it is in; until then, the test provider.
    { provide: PAYMENT_PROVIDER, inject: [DataSource, AppConfig], useFactory: (dataSource: DataSource, config: AppConfig) => new TestPaymentProvider(dataSource, config.PUBLIC_BASE_URL) },
    PayoutAccounts,
    PayoutRuns,
    PayoutTransfers,
    PayoutsService,
    PayoutsScheduler,
    ReconciliationService,
  ],
  exports: [PayoutAccounts, PayoutsService, ReconciliationService],
})
export class PayoutsModule {}
