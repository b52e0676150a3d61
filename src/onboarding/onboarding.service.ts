import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { access } from '../auth/access';
import { Principal, Role } from '../auth/role';
import { Membership, UsersService } from '../auth/users.service';
import { Manufacturer } from '../manufacturers/manufacturer.entity';
import { Retailer } from '../retailers/retailer.entity';
import { slugify } from '../stores/slug';
import { Store } from '../stores/store.entity';
import { OnboardedTenant, OnboardTenantDto, OrganisationView } from './onboarding.dto';

/** Ops create tenants; each comes with its first admin in the same transaction, so neither exists alone. */
@Injectable()
export class OnboardingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
  ) {}

  onboardManufacturer(input: OnboardTenantDto): Promise<OnboardedTenant> {
    return this.onboard(input, async (manager) => {
      const tenant = await manager.save(manager.create(Manufacturer, { name: input.name }));
      // Every manufacturer starts with its store, named after it; branding and policies are edited later.
      const slug = await this.freeSlug(manager, input.name);
      await manager.insert(Store, { manufacturerId: tenant.id, name: input.name, slug });
      return { tenant, store: { slug }, membership: { role: Role.Manufacturer, manufacturerId: tenant.id } };
    });
  }

  onboardRetailer(input: OnboardTenantDto): Promise<OnboardedTenant> {
    return this.onboard(input, async (manager) => {
      const tenant = await manager.save(manager.create(Retailer, { name: input.name }));
      return { tenant, membership: { role: Role.Retailer, retailerId: tenant.id } };
    });
  }

  /** The tenant and its first admin in one transaction, so neither exists without the other. */
  private onboard(
    input: OnboardTenantDto,
    createTenant: (manager: EntityManager) => Promise<Omit<OnboardedTenant, 'admin'> & { membership: Membership }>,
  ): Promise<OnboardedTenant> {
    return this.dataSource.transaction(async (manager) => {
      const { membership, ...created } = await createTenant(manager);
      const admin = await this.users.create(manager, membership, { ...input.admin, isAdmin: true });
      return { ...created, admin };
    });
  }

  /** A URL-safe slug from the name, with a number added while it is taken. */
  private async freeSlug(manager: EntityManager, name: string): Promise<string> {
    const base = slugify(name) || 'store';
    const taken = new Set<string>(
      (await manager.query<{ slug: string }[]>(`SELECT slug FROM stores WHERE slug = $1 OR slug LIKE $1 || '-%'`, [base])).map((r) => r.slug),
    );
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    return slug;
  }

  /** Every manufacturer and retailer with its user counts, newest first. */
  organisations(principal: Principal): Promise<OrganisationView[]> {
    access.requireOps(principal);
    return this.dataSource.query(
      `SELECT o.kind, o.id, o.name, o.store_slug AS "storeSlug", o.created_at AS "createdAt",
              count(u.id)::int AS users, count(u.id) FILTER (WHERE u.disabled_at IS NULL)::int AS "activeUsers"
         FROM (SELECT 'manufacturer' AS kind, m.id, m.name, s.slug AS store_slug, m.created_at
                 FROM manufacturers m LEFT JOIN stores s ON s.manufacturer_id = m.id
               UNION ALL
               SELECT 'retailer', r.id, r.name, NULL, r.created_at FROM retailers r) o
         LEFT JOIN users u ON u.manufacturer_id = o.id OR u.retailer_id = o.id
        GROUP BY o.kind, o.id, o.name, o.store_slug, o.created_at
        ORDER BY o.created_at DESC, o.id`,
    );
  }

  listManufacturers(): Promise<Manufacturer[]> {
    return this.dataSource.getRepository(Manufacturer).find({ order: { createdAt: 'DESC' } });
  }

  listRetailers(): Promise<Retailer[]> {
    return this.dataSource.getRepository(Retailer).find({ order: { createdAt: 'DESC' } });
  }
}
