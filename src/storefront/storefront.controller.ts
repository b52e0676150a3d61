import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { randomUUID } from 'node:crypto';
import { Public } from '../auth/auth.decorators';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { describeStatus } from '../orders/order-status';
import { OrderPlacementService } from '../orders/order-placement.service';
import { MAX_QUANTITY } from '../orders/place-order.dto';
import { TrackingService } from '../orders/tracking.service';
import { Store } from '../stores/store.entity';
import { StoresService } from '../stores/stores.service';
import { CHECKOUT_FIELDS, CheckoutForm, readCheckoutForm } from './checkout-form';
import { StorefrontRenderer } from './storefront-renderer';

/** The customer's HTML store at /s/:slug: works without JavaScript, branded entirely as the manufacturer. */
@ApiExcludeController()
@Controller('s/:slug')
@Public()
export class StorefrontController {
  constructor(
    private readonly stores: StoresService,
    private readonly placement: OrderPlacementService,
    private readonly tracking: TrackingService,
    private readonly render: StorefrontRenderer,
  ) {}

  @Get()
  async catalogue(@Param('slug') slug: string, @Res() reply: FastifyReply) {
    const store = await this.storeOr404(slug, reply);
    if (!store) return;
    this.html(reply, 200, this.render.page('catalogue', store, { products: await this.stores.activeProducts(slug) }));
  }

  @Get('p/:sku')
  async product(@Param('slug') slug: string, @Param('sku') sku: string, @Res() reply: FastifyReply) {
    const found = await this.productOr404(slug, sku, reply);
    if (found) this.html(reply, 200, this.render.page('product', found.store, { product: found.product, maxQuantity: MAX_QUANTITY }));
  }

  @Get('checkout')
  async checkout(@Param('slug') slug: string, @Query() query: CheckoutForm, @Res() reply: FastifyReply) {
    const found = await this.productOr404(slug, query.sku ?? '', reply);
    if (!found) return;
    const quantity = Math.min(MAX_QUANTITY, Math.max(1, Math.trunc(Number(query.quantity)) || 1));
    this.checkoutPage(reply, 200, found, { quantity, values: { 'shippingAddress.country': 'US' } });
  }

  @Post('checkout')
  async placeOrder(@Param('slug') slug: string, @Body() form: CheckoutForm, @Res() reply: FastifyReply) {
    const found = await this.productOr404(slug, form.sku ?? '', reply);
    if (!found) return;
    const again = (errors: Record<string, string>, formError = 'Please correct the fields marked below.') =>
      this.checkoutPage(reply, 422, found, { quantity: Number(form.quantity) || 1, idempotencyKey: form.idempotencyKey, values: form, errors, formError });
    const { order, errors } = readCheckoutForm(form);
    if (!order) return again(errors);
    try {
      // The form's own idempotency key: a double submit lands on the same order.
      const { body } = await this.placement.place(slug, form.idempotencyKey, order);
      reply.status(303).header('Location', `/s/${slug}/confirmation/${body.trackingToken}`).send();
    } catch (error) {
      if (!(error instanceof DomainError) || error.code === ErrorCode.NotFound) throw error;
      // The only field the API can refuse after the form's own checks is an address it cannot locate (no US ZIP,
      // town or ZIP area matches): the shopper checks it, or orders through the store's support address.
      if (!error.field) return again({}, error.message);
      const support = found.store.supportEmail;
      const wayOut = support ? `; if it is right, e-mail ${support} with your order and we will ship it to you` : '';
      return again({ [error.field]: `We could not find this ZIP code on our map. Please check it${wayOut}.` });
    }
  }

  @Get('confirmation/:token')
  async confirmation(@Param('slug') slug: string, @Param('token') token: string, @Res() reply: FastifyReply) {
    await this.withOrder(slug, token, reply, async (store, order) => {
      this.html(reply, 200, this.render.page('confirmation', store, { order, token }));
    });
  }

  @Get('track/:token')
  async track(@Param('slug') slug: string, @Param('token') token: string, @Res() reply: FastifyReply) {
    await this.withOrder(slug, token, reply, async (store, order) => {
      this.html(reply, 200, this.render.page('tracking', store, { order, token, statusText: describeStatus(order.status) }));
    });
  }

  @Post('track/:token/cancel')
  async cancel(@Param('slug') slug: string, @Param('token') token: string, @Res() reply: FastifyReply) {
    await this.tracking.cancel(token);
    reply.status(303).header('Location', `/s/${slug}/track/${token}`).send();
  }

  @Post('track/:token/erase')
  async erase(@Param('slug') slug: string, @Param('token') token: string, @Res() reply: FastifyReply) {
    await this.tracking.erase(token);
    reply.status(303).header('Location', `/s/${slug}/track/${token}`).send();
  }

  private async withOrder(
    slug: string,
    token: string,
    reply: FastifyReply,
    show: (store: Store, order: Awaited<ReturnType<TrackingService['track']>>) => Promise<void>,
  ) {
    const store = await this.storeOr404(slug, reply);
    if (!store) return;
    const order = await this.tracking.track(token).catch(() => null);
    if (!order || order.storeSlug !== slug) return this.notFound(reply, 'We could not find this order. Check the link in your confirmation.');
    await show(store, order);
  }

  private async storeOr404(slug: string, reply: FastifyReply): Promise<Store | null> {
    const store = await this.stores.bySlug(slug).catch(() => null);
    if (!store) this.notFound(reply, 'There is no store at this address.');
    return store;
  }

  private async productOr404(slug: string, sku: string, reply: FastifyReply) {
    const found = await this.stores.activeProduct(slug, sku).catch(() => null);
    if (!found) this.notFound(reply, 'This product is not available.');
    return found;
  }

  private checkoutPage(
    reply: FastifyReply,
    status: number,
    found: { store: Store; product: unknown },
    form: { quantity: number; values: CheckoutForm; idempotencyKey?: string; errors?: Record<string, string>; formError?: string },
  ): void {
    this.html(reply, status, this.render.page('checkout', found.store, {
      fields: CHECKOUT_FIELDS,
      product: found.product,
      errors: {},
      ...form,
      idempotencyKey: form.idempotencyKey ?? randomUUID(),
    }));
  }

  // Neutral, with no store's branding: the address may not belong to any store.
  private notFound(reply: FastifyReply, message: string): void {
    this.html(reply, 404, this.render.page('not-found', null, { message }));
  }

  private html(reply: FastifyReply, status: number, body: string): void {
    reply.status(status).type('text/html; charset=utf-8').send(body);
  }
}
