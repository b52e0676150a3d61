import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository } from 'typeorm';
import { access } from '../auth/access';
import { Principal } from '../auth/role';
import { Page } from '../common/pagination.dto';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { CreateProductDto, ProductQuery, UpdateProductDto } from './product.dto';
import { Product } from './product.entity';
import { isUniqueViolation } from '../errors/unique-violation';

/** A manufacturer's catalogue. Every query is scoped to the caller's manufacturer. */
@Injectable()
export class CatalogService {
  constructor(@InjectRepository(Product) private readonly products: Repository<Product>) {}

  async create(principal: Principal, input: CreateProductDto): Promise<Product> {
    const manufacturerId = access.manufacturerOf(principal);
    checkPrices(input.priceMinor, input.fulfilmentPriceMinor);
    return this.saveUnique(this.products.create({ ...input, manufacturerId }));
  }

  async update(principal: Principal, id: string, changes: UpdateProductDto): Promise<Product> {
    const product = await this.get(principal, id);
    Object.assign(product, changes);
    checkPrices(product.priceMinor, product.fulfilmentPriceMinor);
    return this.saveUnique(product);
  }

  async deactivate(principal: Principal, id: string): Promise<Product> {
    const product = await this.get(principal, id);
    product.active = false;
    return this.products.save(product);
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
      builder.andWhere(new Brackets((w) => w.where('p.name ILIKE :like', { like }).orWhere('p.description ILIKE :like', { like })));
    }
    const [items, total] = await builder.getManyAndCount();
    return { items, total, limit: query.limit, offset: query.offset };
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

function checkPrices(priceMinor: number, fulfilmentPriceMinor: number): void {
  if (fulfilmentPriceMinor > priceMinor) {
    throw new DomainError(
      ErrorCode.Unprocessable,
      `fulfilmentPriceMinor (${fulfilmentPriceMinor}) must not exceed priceMinor (${priceMinor}): the fulfiller cannot be paid more than the customer pays`,
    );
  }
}
