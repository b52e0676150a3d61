import { Logger, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { ResolutionModule } from '../resolution/resolution.module';
import { PaymentOperationsRunner } from './payment-operations-runner';
import { PAYMENT_PROVIDER, PaymentProvider } from './payment-provider';
import { PaymentSweep } from './payment-sweep.service';
import { PaymentsService } from './payments.service';
import { StripePaymentProvider } from './stripe-payment-provider';
import { TestPaymentPageController } from './test-payment-page.controller';
import { OpsPaymentsController } from './ops-payments.controller';
import { OpsPaymentsService } from './ops-payments.service';
import { TestPaymentProvider } from './test-payment-provider';

/**
 * The provider the configuration names: Stripe with STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET, otherwise the test
 * provider — which refuses to start in production unless PAYMENTS_TEST_MODE=true (loadConfig says so first).
 */
export function createPaymentProvider(config: AppConfig, dataSource: DataSource): PaymentProvider {
  if (config.STRIPE_SECRET_KEY && config.STRIPE_WEBHOOK_SECRET) {
    const api = config.STRIPE_API_URL ? new URL(config.STRIPE_API_URL) : null;
    return new StripePaymentProvider(config.STRIPE_SECRET_KEY, config.STRIPE_WEBHOOK_SECRET, {
      host: api?.hostname,
      port: api ? Number(api.port || (api.protocol === 'https:' ? 443 : 80)) : undefined,
      protocol: api ? (api.protocol.replace(':', '') as 'http' | 'https') : undefined,
    });
  }
  if (config.NODE_ENV === 'production' && !config.PAYMENTS_TEST_MODE) {
    throw new Error('The test payment provider takes no money: set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET, or PAYMENTS_TEST_MODE=true');
  }
  const logger = new Logger('Payments');
  const message = 'Payments are in TEST MODE: no money moves (set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET to take cards)';
  if (config.NODE_ENV === 'production') logger.warn(message);
  else logger.log(message);
  return new TestPaymentProvider(dataSource, config.PUBLIC_BASE_URL);
}

@Module({
  imports: [ResolutionModule],
  controllers: [TestPaymentPageController, OpsPaymentsController],
  providers: [
    { provide: PAYMENT_PROVIDER, inject: [AppConfig, getDataSourceToken()], useFactory: createPaymentProvider },
    PaymentsService,
    PaymentOperationsRunner,
    PaymentSweep,
    OpsPaymentsService,
  ],
  exports: [PAYMENT_PROVIDER, PaymentsService, PaymentOperationsRunner],
})
export class PaymentsModule {}
