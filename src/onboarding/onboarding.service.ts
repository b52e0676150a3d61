import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Role } from '../auth/role';
import { UsersService } from '../auth/users.service';
import { Manufacturer } from '../manufacturers/manufacturer.entity';
import { Retailer } from '../retailers/retailer.entity';
import { slugify } from '../stores/slug';
import { Store } from '../stores/store.entity';
import { OnboardedTenant, OnboardTenantDto } from './onboarding.dto';

/** Ops create tenants; each comes with its first admin in the same transaction, so neither exists alone. */
@Injectable()
export class OnboardingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
  ) {}

  onboardManufacturer(input: OnboardTenantDto): Promise<OnboardedTenant> {
    return this.dataSource.transaction(async (manager) => {
      const tenant = await manager.save(manager.create(Manufacturer, { name: input.name }));
      // Every manufacturer starts with its store, named after it; branding and policies are edited later.
      await manager.save(manager.create(Store, { manufacturerId: tenant.id, name: input.name, slug: await this.freeSlug(manager, input.name) }));
      const admin = await this.users.create(
        manager,
        { role: Role.Manufacturer, manufacturerId: tenant.id },
        { ...input.admin, isAdmin: true },
      );
      return { tenant, admin };
    });
  }

  onboardRetailer(input: OnboardTenantDto): Promise<OnboardedTenant> {
    return this.dataSource.transaction(async (manager) => {
      const tenant = await manager.save(manager.create(Retailer, { name: input.name }));
      const admin = await this.users.create(
        manager,
        { role: Role.Retailer, retailerId: tenant.id },
        { ...input.admin, isAdmin: true },
      );
      return { tenant, admin };
    });
  }

  /** A URL-safe slug from the name, with a number added while it is taken. */
  private async freeSlug(manager: EntityManager, name: string): Promise<string> {
    const base = slugify(name) || 'store';
    const taken = new Set<string>(
      (await manager.query(`SELECT slug FROM stores WHERE slug = $1 OR slug LIKE $1 || '-%'`, [base])).map((r: { slug: string }) => r.slug),
    );
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    return slug;
  }

  listManufacturers(): Promise<Manufacturer[]> {
    return this.dataSource.getRepository(Manufacturer).find({ order: { createdAt: 'DESC' } });
  }

  listRetailers(): Promise<Retailer[]> {
    return this.dataSource.getRepository(Retailer).find({ order: { createdAt: 'DESC' } });
  }
}
