import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Product } from '../catalog/product.entity';
import { formatMoney, MAX_ORDER_TOTAL_MINOR } from '../common/money';
import { AppConfig } from '../config/app-config';
import { preparedQuery } from '../database/prepared-query';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { quoted } from '../errors/quote';
import { isMilitaryMail, locate, MILITARY_MAIL, normalisePostalCode } from '../geo/locate';
import { MarketplaceMetrics } from '../metrics/marketplace-metrics.service';
import { PickupPoint, pickupPointFor } from '../pickup/pickup-placement';
import { minimumChargeMinor } from '../payments/chargeable';
import { PaymentsService } from '../payments/payments.service';
import { Store } from '../stores/store.entity';
import { checkIdempotencyKey, once, requestHash, StoredResponse } from './idempotency';
import { OrderStatus } from './order-status';
import { assertChoosable, ChoosableDealerList, choosableDealers } from './chosen-dealer';
import { PlacedOrder, PlaceOrderDto } from './place-order.dto';
import { OrderHistoryEntry, writeOrder } from './order-writer';
import { ResolutionSchedule } from './resolves-at';

/** The store facts a placement uses. */
type PlacingStore = Pick<Store, 'id' | 'manufacturerId' | 'name' | 'slug' | 'currency' | 'minBoardHours' | 'pickupAcceptHours'>;

/** The product facts an order line copies. */
type OrderedProduct = Pick<Product, 'id' | 'sku' | 'name' | 'priceMinor' | 'fulfilmentPriceMinor' | 'active'>;

// Raw and prepared (parsed and planned once per connection): both run on every order placed. A draft store (not
// launched) takes no orders and answers as a missing one, like its pages (stores.service.ts, bySlug).
const STORE_BY_SLUG = `SELECT id, manufacturer_id AS "manufacturerId", name, slug, currency, min_board_hours AS "minBoardHours",
                              pickup_accept_hours AS "pickupAcceptHours"
                         FROM stores WHERE slug = $1 AND launched_at IS NOT NULL`;
const PRODUCTS_BY_SKU = `SELECT id, sku, name, price_minor AS "priceMinor", fulfilment_price_minor AS "fulfilmentPriceMinor", active
                           FROM products WHERE manufacturer_id = $1 AND sku = ANY($2::text[])`;

/**
 * A customer places an order in a store: it is written waiting for its payment, and the provider's hosted payment page
 * opened in the same transaction (the provider down: a 503 and nothing written). PaymentsService places it once paid.
 */
@Injectable()
export class OrderPlacementService {
  private readonly schedule: ResolutionSchedule;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly metrics: MarketplaceMetrics,
    private readonly payments: PaymentsService,
  ) {
    this.schedule = new ResolutionSchedule(config.RESOLVE_CRON, config.RESOLVE_TZ);
  }

  /** When an order placed at `at` in `store` would be given to its shipper (its resolvesAt). */
  decidedBy(store: Store, at = new Date()): Date {
    return this.schedule.resolvesAt(at, store.minBoardHours);
  }

  /** The dealers a customer shipping near this ZIP code (or point) may choose to support (choosableDealers). */
  async dealersNear(slug: string, near: { postalCode?: string; lat?: number; lng?: number }): Promise<ChoosableDealerList> {
    const [store] = await preparedQuery<PlacingStore>(this.dataSource.manager, STORE_BY_SLUG, [slug]);
    if (!store) throw DomainError.notFound('Store');
    const point =
      near.lat !== undefined && near.lng !== undefined
        ? { lat: near.lat, lng: near.lng }
        : locate({ postalCode: near.postalCode!, country: 'US' }, '');
    return { items: await choosableDealers(this.dataSource.manager, store.manufacturerId, point.lat, point.lng) };
  }

  async place(slug: string, idempotencyKey: string | undefined, input: PlaceOrderDto): Promise<StoredResponse<PlacedOrder>> {
    const key = checkIdempotencyKey(idempotencyKey);
    let created: PlacedOrder | undefined;
    const response = await this.dataSource.transaction(async (manager) => {
      const [store] = await preparedQuery<PlacingStore>(manager, STORE_BY_SLUG, [slug]);
      if (!store) throw DomainError.notFound('Store');
      return once(manager, { storeId: store.id, key, hash: requestHash(input) }, async () => {
        created = await this.createAndPost(manager, store, input);
        return { status: 201, body: created };
      });
    });
    // Counted once committed, and not for a replay: `once` answers that without creating an order.
    if (created) this.metrics.orderPlaced(created.currency);
    return response;
  }

  private async createAndPost(manager: EntityManager, store: PlacingStore, input: PlaceOrderDto): Promise<PlacedOrder> {
    const products = await this.productsFor(manager, store, input);
    // A pickup order's goods go to its store: that is its shipping point, and it never goes onto the board.
    const pickup = await this.pickupPoint(manager, store, input);
    // Military mail goes through the US Postal Service to a military post office: no retailer is near it, and its
    // ZIP has no place on the map. It skips the board and goes straight to the manufacturer.
    const militaryMail = !pickup && isMilitaryMail(input.shippingAddress!);
    const location = pickup
      ? { lat: pickup.lat, lng: pickup.lng, locatedBy: 'coordinates' as const, postalCode: pickup.postalCode }
      : militaryMail
        ? {
            lat: null,
            lng: null,
            locatedBy: MILITARY_MAIL,
            postalCode: normalisePostalCode(input.shippingAddress!.postalCode, input.shippingAddress!.country),
          }
        : locate(input.shippingAddress!, 'shippingAddress');
    const lines = input.lines.map((line) => {
      const product = products.get(line.sku)!;
      return { product, quantity: line.quantity };
    });
    // Exact: at most 100 lines × 999 × MAX_PRICE_MINOR, far below 2^53.
    const sum = (price: (p: OrderedProduct) => number) => lines.reduce((total, l) => total + price(l.product) * l.quantity, 0);
    const totalMinor = sum((p) => p.priceMinor);
    if (totalMinor > MAX_ORDER_TOTAL_MINOR) {
      throw new DomainError(
        ErrorCode.Unprocessable,
        `The order total ${formatMoney(totalMinor, store.currency)} is more than the largest order this store takes, ` +
          `${formatMoney(MAX_ORDER_TOTAL_MINOR, store.currency)} (${MAX_ORDER_TOTAL_MINOR} minor units); split it into smaller orders`,
      );
    }
    const minimum = minimumChargeMinor(store.currency);
    if (totalMinor < minimum) {
      throw new DomainError(
        ErrorCode.Unprocessable,
        `The order total ${formatMoney(totalMinor, store.currency)} is below ${formatMoney(minimum, store.currency)}, the smallest amount a card can be charged; add more to the order`,
      );
    }
    const { customer } = input;
    const ship = pickup ?? input.shippingAddress!;
    if (input.chosenDealerId) {
      if (pickup)
        throw new DomainError(ErrorCode.Unprocessable, 'A pickup order goes to the store you chose: leave out chosenDealerId', 'chosenDealerId');
      await assertChoosable(manager, store.manufacturerId, input.chosenDealerId, location, store.slug);
    }

    // The order waits for its payment, off the board and holding no stock; once the card is authorised it is placed
    // and goes to the board, its pickup store or the manufacturer (orders/order-release.ts).
    const placedAt = new Date();
    const history: OrderHistoryEntry[] = [
      {
        fromStatus: null,
        toStatus: OrderStatus.AwaitingPayment,
        actor: 'customer',
        note: `Order received by ${store.name}; waiting for your payment`,
      },
    ];
    const order = await writeOrder(manager, {
      row: {
        id: randomUUID(),
        manufacturerId: store.manufacturerId,
        storeId: store.id,
        status: OrderStatus.AwaitingPayment,
        currency: store.currency,
        totalMinor,
        payoutMinor: sum((p) => p.fulfilmentPriceMinor),
        customerName: customer.name,
        customerEmail: customer.email.toLowerCase(),
        customerPhone: customer.phone ?? null,
        shipLine1: ship.line1,
        shipLine2: ship.line2 ?? null,
        shipCity: ship.city,
        shipRegion: ship.region,
        shipPostalCode: location.postalCode,
        shipCountry: ship.country,
        shipLat: location.lat,
        shipLng: location.lng,
        shipLocatedBy: location.locatedBy,
        chosenRetailerId: input.chosenDealerId ?? null,
        trackingToken: randomBytes(24).toString('base64url'),
        postedAt: null,
        resolvesAt: null,
        pickupLocationId: pickup?.locationId ?? null,
        createdAt: placedAt,
      },
      lines: lines.map(({ product, quantity }) => ({
        productId: product.id,
        sku: product.sku,
        name: product.name,
        quantity,
        unitPriceMinor: product.priceMinor,
        unitFulfilmentPriceMinor: product.fulfilmentPriceMinor,
      })),
      history,
      // The "order received" e-mail and the automatic bids wait for the payment.
      emailReceived: false,
      autoBid: false,
    });
    const payment = await this.payments.startCheckout(manager, {
      id: order.id,
      number: order.number,
      currency: order.currency,
      totalMinor: order.totalMinor,
      customerEmail: order.customerEmail,
      storeSlug: store.slug,
      trackingToken: order.trackingToken,
      lines: lines.map(({ product, quantity }) => ({ sku: product.sku, name: product.name, quantity, unitPriceMinor: product.priceMinor })),
    });

    return {
      id: order.id,
      number: order.number,
      status: OrderStatus.AwaitingPayment,
      currency: order.currency,
      totalMinor: order.totalMinor,
      lines: lines.map(({ product, quantity }) => ({
        sku: product.sku,
        name: product.name,
        quantity,
        unitPriceMinor: product.priceMinor,
        lineTotalMinor: product.priceMinor * quantity,
      })),
      trackingToken: order.trackingToken,
      trackingUrl: `${this.config.PUBLIC_BASE_URL}/s/${store.slug}/track/${order.trackingToken}`,
      placedAt,
      payment,
    };
  }

  /** The chosen pickup store, or null to ship; a pickup order takes no shipping address. */
  private async pickupPoint(manager: EntityManager, store: PlacingStore, input: PlaceOrderDto): Promise<PickupPoint | null> {
    if (input.fulfilment?.method !== 'pickup') return null;
    if (input.shippingAddress) {
      throw new DomainError(
        ErrorCode.Unprocessable,
        'A pickup order is not shipped: omit shippingAddress, or choose fulfilment.method ship',
        'shippingAddress',
      );
    }
    return pickupPointFor(manager, store, input.fulfilment.locationId!);
  }

  /** Every line must name an active product of this store, once. */
  private async productsFor(manager: EntityManager, store: PlacingStore, input: PlaceOrderDto): Promise<Map<string, OrderedProduct>> {
    const skus = input.lines.map((line) => line.sku);
    const found = await preparedQuery<OrderedProduct>(manager, PRODUCTS_BY_SKU, [store.manufacturerId, skus]);
    const bySku = new Map(found.map((product) => [product.sku, product]));
    const seen = new Set<string>();
    input.lines.forEach(({ sku }, i) => {
      const product = bySku.get(sku);
      if (seen.has(sku)) {
        throw new DomainError(ErrorCode.Unprocessable, `lines[${i}].sku ${quoted(sku)} appears twice; put the whole quantity on one line`);
      }
      seen.add(sku);
      if (!product) throw new DomainError(ErrorCode.Unprocessable, `lines[${i}].sku ${quoted(sku)} is not sold in this store`);
      if (!product.active) {
        throw new DomainError(ErrorCode.Unprocessable, `lines[${i}].sku ${quoted(sku)} is no longer available; remove it from the order`);
      }
    });
    return bySku;
  }
}
