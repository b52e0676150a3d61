import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, MoreThan, Not, Repository } from 'typeorm';
import { access } from '../auth/access';
import { AuthService } from '../auth/auth.service';
import { Principal } from '../auth/role';
import { Product } from '../catalog/product.entity';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { MAX_PAGE_SIZE, Page } from '../common/pagination.dto';
import { locate } from '../geo/locate';
import { CatalogueQuery, LaunchStep, PublicProduct, StoreBranding, StoreSettings, UpdateStoreDto } from './store.dto';
import { applyCatalogueSearch } from '../catalog/catalogue-search';
import { Store } from './store.entity';
import { isUniqueViolation } from '../errors/unique-violation';

export const branding = (store: Store): StoreBranding => ({
  slug: store.slug,
  name: store.name,
  logoUrl: store.logoUrl,
  heroImageUrl: store.heroImageUrl,
  heroImageVariants: store.heroImageVariants,
  primaryColor: store.primaryColor,
  accentColor: store.accentColor,
  tagline: store.tagline,
  supportEmail: store.supportEmail,
  currency: store.currency,
});

/** The cookie (scoped to /s/<slug>) with which the manufacturer's browser previews its draft store: its session token. */
export const PREVIEW_COOKIE = 'store_preview';

// The colours a store starts with (store.entity.ts): a store still showing both has no branding of its own.
const DEFAULT_COLOURS = ['#1f2937', '#2563eb'];

/**
 * What a store needs before it opens to the public: something to sell, a look of its own (a logo or its own
 * colours), and the warehouse it ships from when no dealer bids (the fallback every order relies on).
 */
export function launchChecklist(store: Store, hasPricedProduct: boolean): LaunchStep[] {
  const ownColours = store.primaryColor.toLowerCase() !== DEFAULT_COLOURS[0] || store.accentColor.toLowerCase() !== DEFAULT_COLOURS[1];
  return [
    { key: 'product', label: 'At least one product on sale with a price', done: hasPricedProduct },
    { key: 'branding', label: 'Your branding: a logo or your own colours', done: Boolean(store.logoUrl) || ownColours },
    { key: 'warehouse', label: 'Your warehouse address (you ship the orders no dealer takes)', done: store.warehouseLine1 !== null },
  ];
}

const settings = (store: Store, checklist: LaunchStep[]): StoreSettings => ({
  ...branding(store),
  id: store.id,
  minBoardHours: store.minBoardHours,
  shipByDays: store.shipByDays,
  maxInventoryAgeHours: store.maxInventoryAgeHours,
  pickupAcceptHours: store.pickupAcceptHours,
  pickupHoldDays: store.pickupHoldDays,
  shipToStoreDays: store.shipToStoreDays,
  returnWindowDays: store.returnWindowDays,
  platformCredit: store.platformCredit,
  launchedAt: store.launchedAt,
  launchChecklist: checklist,
  warehouse:
    store.warehouseLine1 === null
      ? null
      : {
          line1: store.warehouseLine1,
          line2: store.warehouseLine2 ?? undefined,
          city: store.warehouseCity!,
          region: store.warehouseRegion!,
          postalCode: store.warehousePostalCode!,
          country: store.warehouseCountry!,
          lat: store.warehouseLat!,
          lng: store.warehouseLng!,
        },
});

@Injectable()
export class StoresService {
  constructor(
    @InjectRepository(Store) private readonly stores: Repository<Store>,
    @InjectRepository(Product) private readonly products: Repository<Product>,
    private readonly auth: AuthService,
  ) {}

  async settingsOf(principal: Principal): Promise<StoreSettings> {
    return this.settings(await this.ownStore(principal));
  }

  /**
   * Opens the store to the public (its pages, its products and its orders API); launching again changes nothing.
   * Throws 409 naming every step of launchChecklist not done yet.
   */
  async launch(principal: Principal): Promise<StoreSettings> {
    const store = await this.ownStore(principal);
    const view = await this.settings(store);
    if (store.launchedAt) return view;
    const missing = view.launchChecklist.filter((step) => !step.done);
    if (missing.length) {
      throw new DomainError(
        ErrorCode.Conflict,
        `Before launching, add what is missing: ${missing.map((step) => step.label.replace(/ \(.*\)$/, '').toLowerCase()).join('; ')}`,
      );
    }
    // Conditional, so two launches at once keep the first moment.
    await this.stores.update({ id: store.id, launchedAt: IsNull() }, { launchedAt: () => 'now()' });
    return this.settingsOf(principal);
  }

  /** Sets or clears the store's logo or hero picture (store-images.service.ts stores the copies). */
  async setImages(principal: Principal, changes: Partial<Pick<Store, 'logoUrl' | 'heroImageUrl' | 'heroImageVariants'>>): Promise<StoreSettings> {
    const store = await this.ownStore(principal);
    return this.settings(await this.stores.save(Object.assign(store, changes)));
  }

  /**
   * One of the caller's products on sale as its store shows it (one with a picture first, then the newest), for the
   * branding preview; null when nothing is on sale yet.
   */
  async sampleProduct(principal: Principal): Promise<PublicProduct | null> {
    const store = await this.ownStore(principal);
    const product = await this.products
      .createQueryBuilder('p')
      .where('p.manufacturer_id = :manufacturerId AND p.active', { manufacturerId: store.manufacturerId })
      .orderBy('p.image_url IS NULL', 'ASC')
      .addOrderBy('p.created_at', 'DESC')
      .getOne();
    return product ? publicProduct(product, store) : null;
  }

  /** The caller's store (its id and manufacturer), for features that act on it. */
  ownStoreOf(principal: Principal): Promise<Store> {
    return this.ownStore(principal);
  }

  async update(principal: Principal, changes: UpdateStoreDto): Promise<StoreSettings> {
    const store = await this.ownStore(principal);
    const { warehouse, ...rest } = changes;
    Object.assign(store, rest);
    if (warehouse) {
      const { lat, lng, postalCode } = locate(warehouse, 'warehouse');
      Object.assign(store, {
        warehouseLine1: warehouse.line1,
        warehouseLine2: warehouse.line2 ?? null,
        warehouseCity: warehouse.city,
        warehouseRegion: warehouse.region,
        warehousePostalCode: postalCode,
        warehouseCountry: warehouse.country,
        warehouseLat: lat,
        warehouseLng: lng,
      });
    }
    try {
      return this.settings(await this.stores.save(store));
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError(ErrorCode.Conflict, `The store address /s/${changes.slug} is taken; choose another slug`);
      }
      throw error;
    }
  }

  /**
   * Launched stores' public branding by name, at most `limit` (the landing page's list; a retailer's directory of
   * stores to ask, which leaves out the slugs in `except`, those it has already asked).
   */
  async all(limit = 100, except: string[] = []): Promise<StoreBranding[]> {
    const where = { launchedAt: Not(IsNull()), ...(except.length ? { slug: Not(In(except)) } : {}) };
    return (await this.stores.find({ where, order: { name: 'ASC' }, take: limit })).map(branding);
  }

  /** A launched store by its slug; unknown slugs and drafts are 404, so a draft's address tells nobody it exists. */
  async bySlug(slug: string): Promise<Store> {
    return access.found(await this.stores.findOneBy({ slug, launchedAt: Not(IsNull()) }), 'Store');
  }

  /**
   * The store a shopper's page shows: a launched store, or a draft when `previewToken` is a live session of its
   * own manufacturer (the preview cookie the workspace sets; signing out ends the preview). Else 404 as bySlug.
   */
  async forShopper(slug: string, previewToken: string | undefined): Promise<Store> {
    const store = access.found(await this.stores.findOneBy({ slug }), 'Store');
    if (store.launchedAt) return store;
    const viewer = previewToken ? await this.auth.principalForToken(previewToken) : undefined;
    return access.found(viewer?.manufacturerId === store.manufacturerId ? store : null, 'Store');
  }

  /**
   * One page of a store's products on sale, searched and ordered as asked (catalogue-search.ts): `offset` (default 0)
   * and `limit` (default and at most 100) in products, with how many match in all. 404 for a draft or unknown store.
   */
  async activeProducts(slug: string, query: CatalogueQuery = {}): Promise<Page<PublicProduct>> {
    return this.catalogue(await this.bySlug(slug), query, { offset: query.offset ?? 0, limit: query.limit ?? MAX_PAGE_SIZE });
  }

  /**
   * One page of a store's products on sale for a store already at hand (a page has it): `offset` and `limit` in
   * products, with how many match in all so the page can say "Page 2 of 209".
   */
  async catalogue(store: Store, query: CatalogueQuery, window: { offset: number; limit: number }): Promise<Page<PublicProduct>> {
    const [products, total] = await this.catalogueQuery(store, query).offset(window.offset).limit(window.limit).getManyAndCount();
    return { items: products.map((product) => publicProduct(product, store)), total, ...window };
  }

  private catalogueQuery(store: Store, query: CatalogueQuery) {
    const builder = this.products
      .createQueryBuilder('p')
      .where('p.manufacturer_id = :manufacturerId AND p.active', { manufacturerId: store.manufacturerId });
    return applyCatalogueSearch(builder, query.q, query.sort);
  }

  /** Those of `skus` on sale in `store`, by SKU (checkout shows and prices what the shopper is about to order). */
  async onSale(store: Store, skus: string[]): Promise<Map<string, PublicProduct>> {
    const products = skus.length ? await this.products.findBy({ manufacturerId: store.manufacturerId, sku: In(skus), active: true }) : [];
    return new Map(products.map((product) => [product.sku, publicProduct(product, store)]));
  }

  /** One product on sale in a store already at hand (a page has it, draft preview included); 404 otherwise. */
  async activeProduct(store: Store, sku: string): Promise<PublicProduct> {
    const product = access.found(await this.products.findOneBy({ manufacturerId: store.manufacturerId, sku, active: true }), 'Product');
    return publicProduct(product, store);
  }

  private async settings(store: Store): Promise<StoreSettings> {
    const priced = await this.products.exists({ where: { manufacturerId: store.manufacturerId, active: true, priceMinor: MoreThan(0) } });
    return settings(store, launchChecklist(store, priced));
  }

  private async ownStore(principal: Principal): Promise<Store> {
    const manufacturerId = access.manufacturerOf(principal);
    return access.found(await this.stores.findOneBy({ manufacturerId }), 'Store');
  }
}

const publicProduct = (product: Product, store: Store): PublicProduct => ({
  sku: product.sku,
  name: product.name,
  description: product.description,
  imageUrl: product.imageUrl,
  imageAlt: product.imageAlt || product.name,
  imageVariants: [...product.imageVariants].sort((a, b) => a.width - b.width),
  priceMinor: product.priceMinor,
  currency: store.currency,
});
