import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { access } from '../auth/access';
import { Principal } from '../auth/role';
import { Product } from '../catalog/product.entity';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { locate } from '../geo/locate';
import { CatalogueQuery, PublicProduct, StoreBranding, StoreSettings, UpdateStoreDto } from './store.dto';
import { applyCatalogueSearch } from '../catalog/catalogue-search';
import { Store } from './store.entity';
import { isUniqueViolation } from '../errors/unique-violation';

export const branding = (store: Store): StoreBranding => ({
  slug: store.slug,
  name: store.name,
  logoUrl: store.logoUrl,
  primaryColor: store.primaryColor,
  accentColor: store.accentColor,
  tagline: store.tagline,
  supportEmail: store.supportEmail,
  currency: store.currency,
});

const settings = (store: Store): StoreSettings => ({
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
  ) {}

  async settingsOf(principal: Principal): Promise<StoreSettings> {
    return settings(await this.ownStore(principal));
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
      return settings(await this.stores.save(store));
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError(ErrorCode.Conflict, `The store address /s/${changes.slug} is taken; choose another slug`);
      }
      throw error;
    }
  }

  /** Every store's public branding, by name (the landing page's list). */
  async all(limit = 100): Promise<StoreBranding[]> {
    return (await this.stores.find({ order: { name: 'ASC' }, take: limit })).map(branding);
  }

  /** A public store by its slug; unknown slugs are 404. */
  async bySlug(slug: string): Promise<Store> {
    return access.found(await this.stores.findOneBy({ slug }), 'Store');
  }

  /** A store's products on sale, searched and ordered as asked (catalogue-search.ts). */
  async activeProducts(slug: string, query: CatalogueQuery = {}): Promise<PublicProduct[]> {
    return this.catalogue(await this.bySlug(slug), query);
  }

  /** activeProducts for a store already at hand (a page has it): one query. */
  async catalogue(store: Store, query: CatalogueQuery = {}): Promise<PublicProduct[]> {
    const builder = this.products
      .createQueryBuilder('p')
      .where('p.manufacturer_id = :manufacturerId AND p.active', { manufacturerId: store.manufacturerId });
    const products = await applyCatalogueSearch(builder, query.q, query.sort).getMany();
    return products.map((product) => publicProduct(product, store));
  }

  /** Those of `skus` on sale in `store`, by SKU (checkout shows and prices what the shopper is about to order). */
  async onSale(store: Store, skus: string[]): Promise<Map<string, PublicProduct>> {
    const products = skus.length ? await this.products.findBy({ manufacturerId: store.manufacturerId, sku: In(skus), active: true }) : [];
    return new Map(products.map((product) => [product.sku, publicProduct(product, store)]));
  }

  async activeProduct(slug: string, sku: string): Promise<{ store: Store; product: PublicProduct }> {
    const store = await this.bySlug(slug);
    const product = access.found(await this.products.findOneBy({ manufacturerId: store.manufacturerId, sku, active: true }), 'Product');
    return { store, product: publicProduct(product, store) };
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
