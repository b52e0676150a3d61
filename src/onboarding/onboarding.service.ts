import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Role } from '../auth/role';
import { UsersService } from '../auth/users.service';
import { Manufacturer } from '../manufacturers/manufacturer.entity';
import { Retailer } from '../retailers/retailer.entity';
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

  listManufacturers(): Promise<Manufacturer[]> {
    return this.dataSource.getRepository(Manufacturer).find({ order: { createdAt: 'DESC' } });
  }

  listRetailers(): Promise<Retailer[]> {
    return this.dataSource.getRepository(Retailer).find({ order: { createdAt: 'DESC' } });
  }
}
