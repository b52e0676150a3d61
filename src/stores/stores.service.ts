import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { access } from '../auth/access';
import { Principal } from '../auth/role';
import { Product } from '../catalog/product.entity';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { locate } from '../geo/locate';
import { PublicProduct, StoreBranding, StoreSettings, UpdateStoreDto } from './store.dto';
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
  pickupAcceptHours: store.pickupAcceptHours,
  pickupHoldDays: store.pickupHoldDays,
  shipToStoreDays: store.shipToStoreDays,
  returnWindowDays: store.returnWindowDays,
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
      const { lat, lng } = locate(warehouse, 'warehouse');
      Object.assign(store, {
        warehouseLine1: warehouse.line1,
        warehouseLine2: warehouse.line2 ?? null,
        warehouseCity: warehouse.city,
        warehouseRegion: warehouse.region,
        warehousePostalCode: warehouse.postalCode,
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

  /** A public store by its slug; unknown slugs are 404. */
  async bySlug(slug: string): Promise<Store> {
    return access.found(await this.stores.findOneBy({ slug }), 'Store');
  }

  async activeProducts(slug: string): Promise<PublicProduct[]> {
    const store = await this.bySlug(slug);
    const products = await this.products.find({
      where: { manufacturerId: store.manufacturerId, active: true },
      order: { name: 'ASC' },
    });
    return products.map((product) => publicProduct(product, store));
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
  priceMinor: product.priceMinor,
  currency: store.currency,
});
