import { Body, Controller, Get, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/auth.decorators';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { TrackedOrder } from '../orders/order-views';
import { TrackingService } from '../orders/tracking.service';
import { RatingsService } from '../ratings/ratings.service';
import { ReturnsService } from '../returns/returns.service';
import { Store } from '../stores/store.entity';
import { readRatingForm, readReturnForm } from './aftercare-forms';
import { CheckoutForm } from './checkout-form';
import { StorefrontPageFilter } from './storefront-page.filter';
import { StorefrontPages } from './storefront-pages';
import { aftercareView, trackedOrder, trackedOrderWithAftercare, trackingPageOf } from './tracking-page';

/** After delivery or pickup, from the tracking page: asking to return items, and rating the fulfilment. */
@ApiExcludeController()
@Controller('s/:slug/track/:token')
@Public()
@UseFilters(StorefrontPageFilter)
export class StorefrontAftercareController {
  constructor(
    private readonly pages: StorefrontPages,
    private readonly tracking: TrackingService,
    private readonly returns: ReturnsService,
    private readonly ratings: RatingsService,
  ) {}

  @Get('return')
  async returnForm(@Param('slug') slug: string, @Param('token') token: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const { store, order } = await this.order(slug, token);
    await this.returnPage(reply, request, 200, store, order, token, {});
  }

  @Post('return')
  async requestReturn(
    @Param('slug') slug: string,
    @Param('token') token: string,
    @Body() form: CheckoutForm,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const { store, order } = await this.order(slug, token);
    const { returnable } = await this.returns.forCustomer(token);
    const { request: asked, errors, formError } = readReturnForm(form, returnable);
    if (!asked) return this.returnPage(reply, request, 422, store, order, token, { values: form, errors, formError });
    try {
      await this.returns.request(token, asked);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code === ErrorCode.NotFound) throw error;
      return this.returnPage(reply, request, 422, store, order, token, { values: form, formError: error.message });
    }
    this.pages.redirect(reply, `/s/${slug}/track/${token}#returns`);
  }

  @Post('rating')
  async rate(
    @Param('slug') slug: string,
    @Param('token') token: string,
    @Body() form: CheckoutForm,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    await this.order(slug, token);
    const { rating, error } = readRatingForm(form);
    let problem = error;
    if (rating) {
      try {
        await this.ratings.rate(token, rating);
        return this.pages.redirect(reply, `/s/${slug}/track/${token}#rate`);
      } catch (failure) {
        if (!(failure instanceof DomainError) || failure.code === ErrorCode.NotFound) throw failure;
        problem = failure.message;
      }
    }
    // Read again, as the page after the refused rating stands (one transaction, as the tracking page reads it).
    const page = await trackedOrderWithAftercare(this.pages, this.tracking, this.returns, this.ratings, slug, token);
    await this.pages.send(reply, request, 422, 'tracking', page.store, trackingPageOf(page.order, token, page.returns, page.rating, problem));
  }

  private async returnPage(
    reply: FastifyReply,
    request: FastifyRequest,
    status: number,
    store: Store,
    order: TrackedOrder,
    token: string,
    form: { values?: CheckoutForm; errors?: Record<string, string>; formError?: string },
  ) {
    const returns = await this.returns.forCustomer(token);
    const { returns: view } = aftercareView(order, returns, await this.ratings.forCustomer(token));
    if (!view.canAsk) return this.pages.redirect(reply, `/s/${store.slug}/track/${token}`);
    const lines = returns.returnable.filter((line) => line.quantity > 0);
    await this.pages.send(reply, request, status, 'return', store, { order, token, lines, until: view.until, values: {}, errors: {}, ...form });
  }

  private order(slug: string, token: string): Promise<{ store: Store; order: TrackedOrder }> {
    return trackedOrder(this.pages, this.tracking, slug, token);
  }
}
