import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository } from 'typeorm';
import { access } from '../auth/access';
import { Principal } from '../auth/role';
import { formatMoney } from '../common/money';
import { Page } from '../common/pagination.dto';
import { AppConfig } from '../config/app-config';
import { PlatformFee, splitShipment } from '../settlement/fees';
import { Store } from '../stores/store.entity';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { CreateProductDto, ProductQuery, UpdateProductDto } from './product.dto';
import { Product } from './product.entity';
import { isUniqueViolation } from '../errors/unique-violation';
import { chargeableStep, unchargeablePrice } from '../payments/chargeable';

/** A manufacturer's catalogue. Every query is scoped to the caller's manufacturer. */
@Injectable()
export class CatalogService {
  private readonly fee: PlatformFee;

  constructor(
    @InjectRepository(Product) private readonly products: Repository<Product>,
    config: AppConfig,
  ) {
    this.fee = PlatformFee.fromConfig(config);
  }

  async create(principal: Principal, input: CreateProductDto): Promise<Product> {
    const manufacturerId = access.manufacturerOf(principal);
    await this.checkPrices(manufacturerId, input.priceMinor, input.fulfilmentPriceMinor);
    return this.saveUnique(this.products.create({ ...input, manufacturerId }));
  }

  async update(principal: Principal, id: string, changes: UpdateProductDto): Promise<Product> {
    const product = await this.get(principal, id);
    // Another address is another picture: the uploaded one's resized copies no longer apply.
    if (changes.imageUrl !== undefined && changes.imageUrl !== product.imageUrl) product.imageVariants = [];
    Object.assign(product, changes);
    await this.checkPrices(product.manufacturerId, product.priceMinor, product.fulfilmentPriceMinor);
    return this.saveUnique(product);
  }

  /** Sets a product's picture (an upload's copies, see product-images); `imageAlt` is kept when not given. 404: not yours. */
  async setImage(principal: Principal, id: string, image: Pick<Product, 'imageUrl' | 'imageVariants'> & { imageAlt?: string }): Promise<Product> {
    const product = await this.get(principal, id);
    product.imageUrl = image.imageUrl;
    product.imageVariants = image.imageVariants;
    if (image.imageAlt !== undefined) product.imageAlt = image.imageAlt;
    return this.products.save(product);
  }

  async deactivate(principal: Principal, id: string): Promise<Product> {
    const product = await this.get(principal, id);
    product.active = false;
    return this.products.save(product);
  }

  /** What the fulfiller keeps of a fulfilment price once the platform fee is taken (minor units; fee rule in settlement/fees.ts). */
  fulfillerNetMinor(fulfilmentPriceMinor: number, currency: string): number {
    return splitShipment(this.fee, currency, fulfilmentPriceMinor, fulfilmentPriceMinor).fulfillerNetMinor;
  }

  async get(principal: Principal, id: string): Promise<Product> {
    const manufacturerId = access.manufacturerOf(principal);
    return access.found(await this.products.findOneBy({ id, manufacturerId }), 'Product');
  }

  async list(principal: Principal, query: ProductQuery): Promise<Page<Product>> {
    const manufacturerId = access.manufacturerOf(principal);
    const builder = this.products
      .createQueryBuilder('p')
      .where('p.manufacturer_id = :manufacturerId', { manufacturerId })
      .orderBy('p.name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .take(query.limit)
      .skip(query.offset);
    if (query.active) builder.andWhere('p.active = :active', { active: query.active === 'true' });
    if (query.sku) builder.andWhere('p.sku = :sku', { sku: query.sku });
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, '\\$&')}%`;
      builder.andWhere(
        new Brackets((w) =>
          w.where('p.name ILIKE :like', { like }).orWhere('p.sku ILIKE :like', { like }).orWhere('p.description ILIKE :like', { like }),
        ),
      );
    }
    const [items, total] = await builder.getManyAndCount();
    return { items, total, limit: query.limit, offset: query.offset };
  }

  /**
   * The fulfiller is paid at most what the customer pays, and more than the platform fee takes: a price the fee
   * would swallow (fee rule in settlement/fees.ts) is refused rather than settled at nothing.
   */
  private async checkPrices(manufacturerId: string, priceMinor: number, fulfilmentPriceMinor: number): Promise<void> {
    if (fulfilmentPriceMinor > priceMinor) {
      throw new DomainError(
        ErrorCode.Unprocessable,
        `fulfilmentPriceMinor (${fulfilmentPriceMinor}) must not exceed priceMinor (${priceMinor}): the fulfiller cannot be paid more than the customer pays`,
      );
    }
    const { currency } = await this.products.manager.findOneByOrFail(Store, { manufacturerId });
    // The fee's floor, up to the next amount a card can be charged (KWD 0.443 → 0.450).
    const step = chargeableStep(currency);
    const smallest = Math.ceil(this.fee.smallestFulfilmentPriceMinor(currency) / step) * step;
    if (fulfilmentPriceMinor < smallest) {
      throw new DomainError(
        ErrorCode.Unprocessable,
        `fulfilmentPriceMinor must be at least ${smallest} (${formatMoney(smallest, currency)}): below that the platform fee ` +
          `(${this.fee.describe(currency)}) leaves the fulfiller nothing`,
      );
    }
    // Every order must be chargeable to a card, and every payout transferable: the provider's steps apply to both.
    const unchargeable =
      unchargeablePrice('priceMinor', priceMinor, currency) ?? unchargeablePrice('fulfilmentPriceMinor', fulfilmentPriceMinor, currency);
    if (unchargeable) throw new DomainError(ErrorCode.Unprocessable, unchargeable);
  }

  private async saveUnique(product: Product): Promise<Product> {
    try {
      return await this.products.save(product);
    } catch (error) {
      if (isUniqueViolation(error)) {
        const which = product.gtin ? `SKU ${product.sku} or GTIN ${product.gtin}` : `SKU ${product.sku}`;
        throw new DomainError(ErrorCode.Conflict, `${which} is already in your catalogue; choose another or update that product`);
      }
      throw error;
    }
  }
}
