import { Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/auth.decorators';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { OrderStatus } from '../orders/order-status';
import { TrackedOrder } from '../orders/order-views';
import { TrackingService } from '../orders/tracking.service';
import { RatingsService } from '../ratings/ratings.service';
import { ReturnsService } from '../returns/returns.service';
import { Store } from '../stores/store.entity';
import { StorefrontPageFilter } from './storefront-page.filter';
import { StorefrontPages } from './storefront-pages';
import { nextSteps } from './storefront-views';
import { pickupSteps, trackedOrder, trackedOrderWithAftercare, trackingPageOf } from './tracking-page';

const CONFIRMATIONS = {
  cancel: {
    heading: 'Cancel this order?',
    consequence:
      'The order is withdrawn from the dealers (or from the store you chose for pickup) and cannot be restored. To get the products after all, you would place a new order.',
    button: 'Yes, cancel the order',
    keep: 'No, keep my order',
  },
  erase: {
    heading: 'Erase your personal data?',
    consequence:
      'Your name, e-mail, phone and street are removed from this order for good, with the e-mails we sent you. This cannot be undone; the order itself stays in the store’s accounts without them.',
    button: 'Yes, erase my data',
    keep: 'No, keep it',
  },
} as const;

type Action = keyof typeof CONFIRMATIONS;

/** The customer's own order, reached only with its tracking token: confirmation, tracking, cancel and erase. */
@ApiExcludeController()
@Controller('s/:slug')
@Public()
@UseFilters(StorefrontPageFilter)
export class StorefrontOrdersController {
  constructor(
    private readonly pages: StorefrontPages,
    private readonly tracking: TrackingService,
    private readonly returns: ReturnsService,
    private readonly ratings: RatingsService,
  ) {}

  @Get('confirmation/:token')
  async confirmation(@Param('slug') slug: string, @Param('token') token: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const { store, order } = await this.order(slug, token);
    // An order that skips the dealers (military mail) is shipped by the manufacturer from the start.
    const steps = order.pickup
      ? pickupSteps(order.pickup, store.name)
      : order.resolvesAt
        ? nextSteps(store, new Date(order.resolvesAt), order.timeZone)
        : [`${order.fulfiller?.summary ?? `${store.name} ships it itself`}. We e-mail you the tracking number as soon as it leaves.`];
    await this.pages.send(reply, request, 200, 'confirmation', store, { order, token, nextSteps: steps });
  }

  @Get('track/:token')
  async track(
    @Param('slug') slug: string,
    @Param('token') token: string,
    @Query('done') done: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const { store, order, returns, rating } = await trackedOrderWithAftercare(this.pages, this.tracking, this.returns, this.ratings, slug, token);
    // Said only when it is true, so a hand-made link cannot claim a cancellation that did not happen.
    const cancelled = done === 'cancelled' && order.status === OrderStatus.Cancelled;
    await this.pages.send(reply, request, 200, 'tracking', store, { ...trackingPageOf(order, token, returns, rating), cancelled });
  }

  // Cancel and erase cannot be undone: a GET shows what will happen and asks; only the confirming POST acts.
  @Get('track/:token/:action')
  async confirm(
    @Param('slug') slug: string,
    @Param('token') token: string,
    @Param('action') action: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const { store, order } = await this.order(slug, token);
    const confirmation = this.confirmationOf(action);
    await this.pages.send(reply, request, 200, 'confirm-action', store, { order, token, action, confirmation });
  }

  @Post('track/:token/cancel')
  async cancel(@Param('slug') slug: string, @Param('token') token: string, @Res() reply: FastifyReply) {
    await this.order(slug, token);
    await this.tracking.cancel(token);
    this.pages.redirect(reply, `/s/${slug}/track/${token}?done=cancelled`);
  }

  @Post('track/:token/erase')
  async erase(@Param('slug') slug: string, @Param('token') token: string, @Res() reply: FastifyReply) {
    await this.order(slug, token);
    await this.tracking.erase(token);
    this.pages.redirect(reply, `/s/${slug}/track/${token}`);
  }

  private confirmationOf(action: string) {
    if (!(action in CONFIRMATIONS)) throw new DomainError(ErrorCode.NotFound, 'We could not find this page. Check the link in your confirmation.');
    return CONFIRMATIONS[action as Action];
  }

  private order(slug: string, token: string): Promise<{ store: Store; order: TrackedOrder }> {
    return trackedOrder(this.pages, this.tracking, slug, token);
  }
}
