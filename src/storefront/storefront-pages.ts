import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CART_DAYS, CartService, CartView } from '../cart/cart.service';
import { AppConfig } from '../config/app-config';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { Store } from '../stores/store.entity';
import { PREVIEW_COOKIE, StoresService } from '../stores/stores.service';
import { StorefrontRenderer } from './storefront-renderer';

const CART_COOKIE = 'cart';

/** What every store page shares: the store from its slug, the shopper's cart (for the header's count), sending HTML. */
@Injectable()
export class StorefrontPages {
  constructor(
    private readonly stores: StoresService,
    private readonly carts: CartService,
    private readonly render: StorefrontRenderer,
    private readonly config: AppConfig,
  ) {}

  /**
   * The store at /s/:slug; a missing one is a 404 (answered by StorefrontPageFilter), and so is a draft unless this
   * browser holds its manufacturer's preview (StoresService.forShopper). Any other failure (the database busy)
   * stays a fault, a page that says to try again: a 404 would tell the shopper, and search engines, that the
   * store is gone.
   */
  async store(slug: string, request?: FastifyRequest): Promise<Store> {
    return this.stores.forShopper(slug, request?.cookies?.[PREVIEW_COOKIE]).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === ErrorCode.NotFound) {
        throw new DomainError(ErrorCode.NotFound, 'There is no store at this address.');
      }
      throw error;
    });
  }

  /** Refuses checkout in a draft store's preview, saying why (409); the cart itself works, so it can be tried. */
  assertOrderable(store: Store): void {
    if (!store.launchedAt)
      throw new DomainError(
        ErrorCode.Conflict,
        'This is a preview of your store: checkout opens when you launch it from your workspace (Store page).',
      );
  }

  cartId(request: FastifyRequest): string | undefined {
    return request.cookies?.[CART_COOKIE];
  }

  cart(store: Store, request: FastifyRequest): Promise<CartView> {
    return this.carts.view(store, this.cartId(request));
  }

  /**
   * Keeps the cart's id in a cookie for this store's pages only, for a month from the last change. Secure (sent
   * over HTTPS only) in production, as the workspaces' session cookie, and whenever the store is served over HTTPS.
   */
  keepCart(reply: FastifyReply, request: FastifyRequest, store: Store, cartId: string): void {
    reply.setCookie(CART_COOKIE, cartId, {
      path: `/s/${store.slug}`,
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.NODE_ENV === 'production' || this.config.PUBLIC_BASE_URL.startsWith('https:') || request.protocol === 'https',
      maxAge: CART_DAYS * 86_400,
    });
  }

  /** Renders a store page with the header's cart count (pass `cart` when the page already read it). */
  async send(
    reply: FastifyReply,
    request: FastifyRequest,
    status: number,
    template: string,
    store: Store,
    data: Record<string, unknown> = {},
    cart?: CartView,
  ) {
    const count = (cart ?? (await this.cart(store, request))).count;
    sendHtml(reply, status, this.render.page(template, store, { ...data, cartCount: count }));
  }

  redirect(reply: FastifyReply, location: string): void {
    reply.status(303).header('Location', location).send();
  }
}

export function sendHtml(reply: FastifyReply, status: number, body: string): void {
  reply.status(status).type('text/html; charset=utf-8').header('Cache-Control', 'no-store').send(body);
}
