import { Controller, Get, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { join } from 'node:path';
import { Public } from '../auth/auth.decorators';
import { DomainError } from '../errors/domain-error';
import { PAYMENT_PROVIDER, PaymentProvider } from '../payments/payment-provider';
import { TestPaymentProvider } from '../payments/test-payment-provider';
import { viewsRenderer } from '../common/eta-views';

/**
 * The test provider's onboarding page for fulfillers (`/test-payouts/onboarding/:link`, TEST MODE on the page): it
 * stands in for Stripe's hosted onboarding when no Stripe key is configured. The link is the capability, as an
 * Account Link is; an expired or spent one goes back to the fulfiller's refresh address. 404 with Stripe configured.
 */
@ApiExcludeController()
@Controller('test-payouts/onboarding')
@Public()
export class TestOnboardingController {
  private readonly eta = viewsRenderer(join(__dirname, 'views'));

  constructor(@Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider) {}

  @Get(':link')
  async page(@Param('link') link: string, @Res() reply: FastifyReply): Promise<void> {
    const found = await this.testProvider().onboardingByLink(link);
    if ('expired' in found && found.refreshUrl) return void reply.redirect(found.refreshUrl, 303);
    this.send(reply, 'expired' in found ? 410 : 200, found);
  }

  @Post(':link')
  async finish(@Param('link') link: string, @Res() reply: FastifyReply): Promise<void> {
    const finished = await this.testProvider().finishOnboarding(link);
    if (!finished) return this.send(reply, 410, { expired: true });
    reply.redirect(finished.returnUrl, 303);
  }

  private testProvider(): TestPaymentProvider {
    if (!(this.provider instanceof TestPaymentProvider)) throw DomainError.notFound('Page');
    return this.provider;
  }

  private send(reply: FastifyReply, status: number, data: object): void {
    void reply.status(status).type('text/html; charset=utf-8').header('Cache-Control', 'no-store').send(this.eta.render('test-onboarding', data));
  }
}
