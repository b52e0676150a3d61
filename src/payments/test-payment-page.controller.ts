import { Body, Controller, Get, Inject, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { join } from 'node:path';
import { Public } from '../auth/auth.decorators';
import { formatMoney } from '../common/money';
import { sendHtml } from '../storefront/storefront-pages';
import { PAYMENT_PROVIDER, PaymentProvider } from './payment-provider';
import { TestPaymentProvider } from './test-payment-provider';
import { viewsRenderer } from '../common/eta-views';

/** The test provider's hosted payment page lives here, outside the API prefix. */
export const TEST_PAYMENT_ROUTES = ['test-payments/pay'];

type Form = Record<string, string | undefined>;

/**
 * The test provider's hosted payment page (TEST MODE on every screen): what Stripe Checkout is with a Stripe key.
 * It takes Stripe's public test card numbers and no real card: no money moves. Not found when Stripe is configured.
 */
@ApiExcludeController()
@Controller()
@Public()
export class TestPaymentPageController {
  private readonly eta = viewsRenderer(join(__dirname, 'views'));

  constructor(@Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider) {}

  @Get('test-payments/pay')
  async page(@Query('session') sessionId: string | undefined, @Res() reply: FastifyReply) {
    await this.show(reply, sessionId ?? '', 200, {});
  }

  @Post('test-payments/pay')
  async pay(@Query('session') sessionId: string | undefined = '', @Body() form: Form, @Res() reply: FastifyReply) {
    const provider = this.testProvider();
    if (!provider || !(await provider.pageSession(sessionId))) return this.notFound(reply);
    const values = { cardNumber: form.cardNumber ?? '', expiry: form.expiry ?? '', cvc: form.cvc ?? '' };
    const errors: Record<string, string> = {};
    if (!values.cardNumber.trim()) errors.cardNumber = 'Enter the card number, for example 4242 4242 4242 4242';
    if (!/^\s*(0[1-9]|1[0-2])\s*\/\s*\d{2}\s*$/.test(values.expiry)) errors.expiry = 'Enter the expiry date as MM / YY, for example 12 / 34';
    if (!/^\s*\d{3,4}\s*$/.test(values.cvc)) errors.cvc = 'Enter the 3 or 4 digit security code, for example 123';
    if (Object.keys(errors).length) return this.show(reply, sessionId, 422, { values, errors });
    const result = await provider.submitCard(sessionId, values.cardNumber);
    reply.status(303).header('Location', result.redirectUrl).send();
  }

  private async show(reply: FastifyReply, sessionId: string, status: number, form: { values?: Form; errors?: Record<string, string> }) {
    const provider = this.testProvider();
    const session = provider && (await provider.pageSession(sessionId));
    if (!session) return this.notFound(reply);
    const amount = formatMoney(session.amountMinor, session.currency.trim());
    sendHtml(reply, status, this.eta.render('test-payment', { session, amount, sessionId, values: form.values ?? {}, errors: form.errors ?? {} }));
  }

  private notFound(reply: FastifyReply) {
    sendHtml(reply, 404, this.eta.render('test-payment-missing', {}));
  }

  private testProvider(): TestPaymentProvider | null {
    return this.provider instanceof TestPaymentProvider ? this.provider : null;
  }
}
