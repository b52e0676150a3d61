import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { access } from '../auth/access';
import { Principal } from '../auth/role';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { withdrawBidsOnBoard } from '../board/withdraw-bids';
import { locate, Located } from '../geo/locate';
import { timeZoneAt } from '../geo/time-zone';
import { CreateLocationDto, LocationQuery, LocationView, UpdateLocationDto } from './location.dto';
import { locationsToday } from './location-today';
import { RetailerLocation } from './retailer-location.entity';

/** A retailer's shops and warehouses; every query is scoped to the caller's retailer. */
@Injectable()
export class LocationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(principal: Principal, input: CreateLocationDto): Promise<LocationView> {
    const retailerId = access.retailerOf(principal);
    const { lat, lng, postalCode } = coordinates(input);
    const location = this.dataSource.manager.create(RetailerLocation, {
      ...input,
      postalCode,
      country: input.country.toUpperCase(),
      line2: input.line2 ?? null,
      lat,
      lng,
      timeZone: timeZoneAt(lat, lng),
      dailyCapacity: input.dailyCapacity ?? null,
      retailerId,
    });
    return (await this.withToday([await this.dataSource.manager.save(location)]))[0];
  }

  async list(principal: Principal, query: LocationQuery): Promise<LocationView[]> {
    const retailerId = access.retailerOf(principal);
    const active = query.active === undefined ? undefined : query.active === 'true';
    const locations = await this.dataSource.manager.find(RetailerLocation, {
      where: active === undefined ? { retailerId } : { retailerId, active },
      order: { name: 'ASC', id: 'ASC' },
    });
    return this.withToday(locations);
  }

  async get(principal: Principal, id: string): Promise<LocationView> {
    const retailerId = access.retailerOf(principal);
    const location = access.found(await this.dataSource.manager.findOneBy(RetailerLocation, { id, retailerId }), 'Location');
    return (await this.withToday([location]))[0];
  }

  async update(principal: Principal, id: string, changes: UpdateLocationDto): Promise<LocationView> {
    const retailerId = access.retailerOf(principal);
    const saved = await this.dataSource.transaction(async (manager) => {
      const location = access.found(
        await manager.findOne(RetailerLocation, { where: { id, retailerId }, lock: { mode: 'pessimistic_write' } }),
        'Location',
      );
      const next = Object.assign(location, changes, { country: (changes.country ?? location.country).toUpperCase() });
      // New coordinates, or a new postal code without them (the old ones would be wrong): locate again.
      if (changes.lat !== undefined || changes.lng !== undefined || changes.postalCode || changes.country) {
        const { lat, lng, postalCode } = coordinates({ ...next, lat: changes.lat, lng: changes.lng });
        Object.assign(next, { lat, lng, postalCode, timeZone: timeZoneAt(lat, lng) });
      }
      if (changes.active === false) await withdrawBidsOnBoard(manager, { locationId: id });
      return manager.save(next);
    });
    return (await this.withToday([saved]))[0];
  }

  deactivate(principal: Principal, id: string): Promise<LocationView> {
    return this.update(principal, id, { active: false });
  }

  /** The locations with their day so far: awards taken against the cap, what is left, and open bids on undecided orders. */
  private async withToday(locations: RetailerLocation[]): Promise<LocationView[]> {
    const today = await locationsToday(this.dataSource, 'l.id = ANY($1::uuid[])', [locations.map((l) => l.id)]);
    return locations.map((location) => {
      const { localDay, taken, left, openBids } = today.get(location.id)!;
      return { ...location, today: { localDay, taken, left, openBids } };
    });
  }
}

/** The coordinates sent (both or neither), else those of the postal code. */
function coordinates(input: { postalCode: string; country: string; lat?: number; lng?: number }): Located {
  if ((input.lat === undefined) !== (input.lng === undefined)) {
    throw new DomainError(ErrorCode.BadRequest, 'Send lat and lng together, or neither to locate the address from its postal code');
  }
  return locate(input);
}
