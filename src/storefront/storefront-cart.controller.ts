import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { Public } from '../auth/auth.decorators';
import { CartService } from '../cart/cart.service';
import { PaymentsService } from '../payments/payments.service';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { OrderPlacementService } from '../orders/order-placement.service';
import { PickupService } from '../pickup/pickup.service';
import { MAX_QUANTITY } from '../orders/place-order.dto';
import { Store } from '../stores/store.entity';
import { StoresService } from '../stores/stores.service';
import { CHECKOUT_FIELDS, CheckoutForm, CheckoutLine, decodeLines, encodeLines, readCheckoutForm, submissionKey } from './checkout-form';
import { PickupChoice, pickupChoice } from './pickup-choice';
import { DealerChoice, dealerChoice } from './dealer-choice';
import { StorefrontPageFilter } from './storefront-page.filter';
import { StorefrontPages } from './storefront-pages';
import { nextSteps } from './storefront-views';

type Form = Record<string, string | undefined>;

// A form field read as a quantity; anything else is NaN, which the cart refuses with its own message.
const quantityOf = (value: string | undefined) => (value !== undefined && /^\s*\d{1,4}\s*$/.test(value) ? Number(value) : NaN);

/** The shopper's cart (kept on the server, found by a cookie) and the checkout that turns it into one order. */
@ApiExcludeController()
@Controller('s/:slug')
@Public()
@UseFilters(StorefrontPageFilter)
export class StorefrontCartController {
  constructor(
    private readonly pages: StorefrontPages,
    private readonly carts: CartService,
    private readonly payments: PaymentsService,
    private readonly placement: OrderPlacementService,
    private readonly stores: StoresService,
    private readonly pickups: PickupService,
  ) {}

  @Get('cart')
  async cart(@Param('slug') slug: string, @Query('added') added: string | undefined, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const store = await this.pages.store(slug, request);
    const cart = await this.pages.cart(store, request);
    const addedLine = cart.lines.find((line) => line.sku === added);
    await this.pages.send(reply, request, 200, 'cart', store, { cart, addedLine, maxQuantity: MAX_QUANTITY }, cart);
  }

  @Post('cart')
  async add(@Param('slug') slug: string, @Body() form: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const store = await this.pages.store(slug, request);
    const sku = String(form.sku ?? '');
    const cartId = await this.carts.add(store, this.pages.cartId(request), sku, quantityOf(form.quantity));
    this.pages.keepCart(reply, request, store, cartId);
    this.pages.redirect(reply, `/s/${slug}/cart?added=${encodeURIComponent(sku)}`);
  }

  @Post('cart/update')
  async update(@Param('slug') slug: string, @Body() form: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const store = await this.pages.store(slug, request);
    await this.carts.setQuantity(store, this.pages.cartId(request), String(form.sku ?? ''), quantityOf(form.quantity));
    this.pages.redirect(reply, `/s/${slug}/cart`);
  }

  @Post('cart/remove')
  async remove(@Param('slug') slug: string, @Body() form: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const store = await this.pages.store(slug, request);
    await this.carts.setQuantity(store, this.pages.cartId(request), String(form.sku ?? ''), 0);
    this.pages.redirect(reply, `/s/${slug}/cart`);
  }

  @Get('checkout')
  async checkout(
    @Param('slug') slug: string,
    @Query('pickupZip') pickupZip: string | undefined,
    @Query('dealerZip') dealerZip: string | undefined,
    @Query('unpaid') unpaid: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const store = await this.pages.store(slug, request);
    this.pages.assertOrderable(store);
    const cart = await this.pages.cart(store, request);
    if (!cart.lines.length) return this.pages.redirect(reply, `/s/${slug}/cart`);
    const [pickup, dealer] = await Promise.all([pickupChoice(this.pickups, slug, pickupZip), dealerChoice(this.placement, slug, dealerZip)]);
    // A ZIP searched for dealers is most likely the one the order ships to.
    const values = { 'shippingAddress.country': 'US', ...(dealer && !dealer.error ? { 'shippingAddress.postalCode': dealer.zip } : {}) };
    // Back from the payment page without paying: say why, from the order itself (a hand-made link claims nothing).
    const formError = unpaid ? ((await this.payments.unpaidNotice(slug, unpaid)) ?? undefined) : undefined;
    await this.checkoutPage(reply, request, 200, store, cart.lines, { values, pickup, dealer, formError });
  }

  @Post('checkout')
  async placeOrder(@Param('slug') slug: string, @Body() form: CheckoutForm, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const store = await this.pages.store(slug, request);
    this.pages.assertOrderable(store);
    // The order is what the shopper saw and confirmed on the checkout page, carried in the form.
    const lines = decodeLines(form.lines);
    if (!lines.length) return this.pages.redirect(reply, `/s/${slug}/cart`);
    const [pickup, dealer] = await Promise.all([
      pickupChoice(this.pickups, slug, form.pickupZip),
      dealerChoice(this.placement, slug, form.dealerZip),
    ]);
    const again = (errors: Record<string, string>, formError = 'There is a problem with the fields marked below.') =>
      this.checkoutPage(reply, request, 422, store, lines, { values: form, errors, formError, formId: form.formId, pickup, dealer });
    const { order, errors } = readCheckoutForm(form, lines, store.supportEmail);
    if (!order) return again(errors);
    try {
      // The cart stays until the payment is authorised: a declined or abandoned payment comes back to it.
      const { body } = await this.placement.place(slug, submissionKey(form.formId, order), order);
      this.pages.redirect(reply, body.payment.checkoutUrl);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code === ErrorCode.NotFound) throw error;
      if (error.code === ErrorCode.Unavailable) {
        return this.checkoutPage(reply, request, 503, store, lines, {
          values: form,
          errors: {},
          formError: error.message,
          formId: form.formId,
          pickup,
          dealer,
        });
      }
      if (error.field === 'fulfilment.locationId')
        return again({ [error.field]: 'This store no longer offers pickup; choose another, or ship to your address' });
      if (error.field === 'chosenDealerId')
        return again({ [error.field]: 'This dealer does not deliver to your shipping address; choose another, or no preference' });
      // What the catalogue can refuse after the form's checks: a product that went off sale meanwhile.
      return again({}, `${error.message.replace(/^lines\[\d+\]\.sku /, 'Product ')}. Update your cart, then check out again.`);
    }
  }

  private async checkoutPage(
    reply: FastifyReply,
    request: FastifyRequest,
    status: number,
    store: Store,
    wanted: CheckoutLine[],
    form: {
      values: CheckoutForm;
      errors?: Record<string, string>;
      formError?: string;
      formId?: string;
      pickup?: PickupChoice | null;
      dealer?: DealerChoice | null;
    },
  ) {
    const products = await this.stores.onSale(
      store,
      wanted.map((line) => line.sku),
    );
    const lines = wanted
      .filter((line) => products.has(line.sku))
      .map((line) => {
        const product = products.get(line.sku)!;
        return { ...product, quantity: line.quantity, lineTotalMinor: product.priceMinor * line.quantity };
      });
    await this.pages.send(reply, request, status, 'checkout', store, {
      fields: CHECKOUT_FIELDS,
      lines,
      totalMinor: lines.reduce((sum, line) => sum + line.lineTotalMinor, 0),
      encodedLines: encodeLines(lines),
      errors: {},
      pickup: null,
      dealer: null,
      ...form,
      formId: form.formId ?? randomUUID(),
      nextSteps: nextSteps(store, this.placement.decidedBy(store)),
      testMode: this.payments.providerName === 'test',
    });
  }
}
