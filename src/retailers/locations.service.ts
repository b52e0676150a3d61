import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { access } from '../auth/access';
import { Principal } from '../auth/role';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { withdrawBidsOnBoard } from '../board/withdraw-bids';
import { locate, Located } from '../geo/locate';
import { CreateLocationDto, LocationQuery, UpdateLocationDto } from './location.dto';
import { RetailerLocation } from './retailer-location.entity';

/** A retailer's shops and warehouses; every query is scoped to the caller's retailer. */
@Injectable()
export class LocationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(principal: Principal, input: CreateLocationDto): Promise<RetailerLocation> {
    const retailerId = access.retailerOf(principal);
    const { lat, lng, postalCode } = coordinates(input);
    const location = this.dataSource.manager.create(RetailerLocation, {
      ...input,
      postalCode,
      country: input.country.toUpperCase(),
      line2: input.line2 ?? null,
      lat,
      lng,
      retailerId,
    });
    return this.dataSource.manager.save(location);
  }

  list(principal: Principal, query: LocationQuery): Promise<RetailerLocation[]> {
    const retailerId = access.retailerOf(principal);
    const active = query.active === undefined ? undefined : query.active === 'true';
    return this.dataSource.manager.find(RetailerLocation, {
      where: active === undefined ? { retailerId } : { retailerId, active },
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  async get(principal: Principal, id: string): Promise<RetailerLocation> {
    const retailerId = access.retailerOf(principal);
    return access.found(await this.dataSource.manager.findOneBy(RetailerLocation, { id, retailerId }), 'Location');
  }

  update(principal: Principal, id: string, changes: UpdateLocationDto): Promise<RetailerLocation> {
    const retailerId = access.retailerOf(principal);
    return this.dataSource.transaction(async (manager) => {
      const location = access.found(
        await manager.findOne(RetailerLocation, { where: { id, retailerId }, lock: { mode: 'pessimistic_write' } }),
        'Location',
      );
      const next = Object.assign(location, changes, { country: (changes.country ?? location.country).toUpperCase() });
      // New coordinates, or a new postal code without them (the old ones would be wrong): locate again.
      if (changes.lat !== undefined || changes.lng !== undefined || changes.postalCode || changes.country) {
        const { lat, lng, postalCode } = coordinates({ ...next, lat: changes.lat, lng: changes.lng });
        Object.assign(next, { lat, lng, postalCode });
      }
      if (changes.active === false) await withdrawBidsOnBoard(manager, { locationId: id });
      return manager.save(next);
    });
  }

  deactivate(principal: Principal, id: string): Promise<RetailerLocation> {
    return this.update(principal, id, { active: false });
  }
}

/** The coordinates sent (both or neither), else those of the postal code. */
function coordinates(input: { postalCode: string; country: string; lat?: number; lng?: number }): Located {
  if ((input.lat === undefined) !== (input.lng === undefined)) {
    throw new DomainError(ErrorCode.BadRequest, 'Send lat and lng together, or neither to locate the address from its postal code');
  }
  return locate(input);
}
