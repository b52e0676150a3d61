import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/auth.decorators';
import { CartService } from '../cart/cart.service';
import { PaymentsService } from '../payments/payments.service';
import { StorefrontPageFilter } from './storefront-page.filter';
import { StorefrontPages } from './storefront-pages';

/**
 * Where the hosted payment page sends the shopper back: paid, to the order's confirmation (and the cart is
 * emptied); left or declined, back to the checkout with the cart as it was and the reason in words.
 */
@ApiExcludeController()
@Controller('s/:slug/payment/:token')
@Public()
@UseFilters(StorefrontPageFilter)
export class StorefrontPaymentController {
  constructor(
    private readonly pages: StorefrontPages,
    private readonly payments: PaymentsService,
    private readonly carts: CartService,
  ) {}

  // `session_id` is the provider's; the order's own payment row says which session it is, so it is not trusted.
  @Get('return')
  async returned(
    @Param('slug') slug: string,
    @Param('token') token: string,
    @Query('session_id') _session: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const orderId = await this.payments.orderFor(slug, token);
    // Still open (the provider not done yet): the tracking page says so, and the lookup sweep settles it.
    await this.after(slug, token, await this.payments.refresh(orderId), request, reply);
  }

  @Get('cancel')
  async cancelled(@Param('slug') slug: string, @Param('token') token: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const orderId = await this.payments.orderFor(slug, token);
    await this.after(slug, token, (await this.payments.abandon(orderId)).outcome, request, reply);
  }

  private async after(slug: string, token: string, outcome: string | null, request: FastifyRequest, reply: FastifyReply) {
    if (outcome === 'expired') return this.pages.redirect(reply, `/s/${slug}/checkout?unpaid=${encodeURIComponent(token)}`);
    // Paid (or already further along): the order is placed, the cart has done its job.
    if (outcome === 'authorised' || outcome === 'captured') {
      await this.carts.clear(await this.pages.store(slug, request), this.pages.cartId(request));
      return this.pages.redirect(reply, `/s/${slug}/confirmation/${token}`);
    }
    this.pages.redirect(reply, `/s/${slug}/track/${token}`);
  }
}
