import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsSessionCookie, CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { BidStatus } from '../board/bid-status';
import { BidsService } from '../board/bids.service';
import { RequestDealershipDto } from '../dealers/dealer.dto';
import { DealerStatus } from '../dealers/dealer-status';
import { DealersService } from '../dealers/dealers.service';
import { StoresService } from '../stores/stores.service';
import { CreateLocationDto, UpdateLocationDto } from '../retailers/location.dto';
import { LocationsService } from '../retailers/locations.service';
import { kmFromReaderUnit, kmToReaderUnit } from '../common/locale-format';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { FormTokenGuard } from '../workspace/workspace-csrf';
import { FieldError, readForm, seeOther, submitForm } from '../workspace/workspace-form';
import { RETAILER_PATHS, retailerReader, RetailerPageFilter, RetailerPages } from './retailer-pages';

type Form = Record<string, unknown>;

/** Open bids are listed a page at a time; this many is enough to warn about a location's. */
const OPEN_BIDS_SHOWN = 100;
// Stores listed in the directory of manufacturers to ask, by name.
const DIRECTORY_SIZE = 100;

const LOCATION_LABELS = {
  name: 'Name',
  line1: 'Street',
  line2: 'Street, line 2',
  city: 'City',
  region: 'State or region',
  postalCode: 'ZIP or postal code',
  country: 'Country code',
  lat: 'Latitude',
  lng: 'Longitude',
  serviceRadiusKm: 'Service radius (in km)',
  dailyCapacity: 'Orders a day',
};

/** A store that is not there (a stale list, a hand-made request) is the field's problem, said beside it, not a page that was not found. */
const noStoreAt = (error: unknown): never => {
  if (error instanceof DomainError && error.code === ErrorCode.NotFound) {
    throw new DomainError(ErrorCode.Unprocessable, 'No manufacturer has this store: choose one from the list', 'storeSlug');
  }
  throw error;
};

const NOTICES: Record<string, string> = {
  added: 'Location added. Orders within its service radius now appear on your board.',
  saved: 'Location saved.',
  deactivated: 'Location deactivated and its open bids withdrawn.',
  requested: 'Request sent. The manufacturer decides; you will see the outcome here.',
};

/** The form's `serviceRadius`, typed in the reader's unit (mi for US readers), as the API's `serviceRadiusKm`. */
function inKm(body: Form, country: string): Form {
  const { serviceRadius, ...rest } = body ?? {};
  const value =
    typeof serviceRadius === 'string' && /^\d+(\.\d+)?$/.test(serviceRadius.trim())
      ? String(kmFromReaderUnit(Number(serviceRadius), country))
      : serviceRadius;
  return value === undefined ? rest : { ...rest, serviceRadiusKm: value };
}

/** The form's "Orders a day" as typed; left empty it means no cap, so it is not sent at all. */
function typedCapacity(value: unknown): Form {
  return typeof value === 'string' && value.trim() ? { dailyCapacity: value.trim() } : {};
}

/** Settings: where the retailer ships from, and which manufacturers it deals for. */
@ApiExcludeController()
@Controller('retailer/settings')
@Roles(Role.Retailer)
@AcceptsSessionCookie()
@UseFilters(RetailerPageFilter)
@UseGuards(FormTokenGuard)
export class RetailerSettingsController {
  constructor(
    private readonly locations: LocationsService,
    private readonly dealers: DealersService,
    private readonly bids: BidsService,
    private readonly pages: RetailerPages,
    private readonly stores: StoresService,
  ) {}

  @Get('locations')
  async locationsPage(
    @CurrentPrincipal() principal: Principal,
    @Query('done') done: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.sendLocations(principal, request, reply, 200, { notice: NOTICES[String(done)] });
  }

  @Post('locations')
  async addLocation(
    @CurrentPrincipal() principal: Principal,
    @Body() body: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const reader = retailerReader(await this.locations.list(principal, {}));
    const { dailyCapacity, ...rest } = body ?? {};
    const form = await readForm(
      CreateLocationDto,
      { ...inKm(rest, reader.country), ...typedCapacity(dailyCapacity) },
      { numbers: ['lat', 'lng', 'serviceRadiusKm', 'dailyCapacity'], labels: LOCATION_LABELS },
    );
    // Shown again as typed, in the reader's unit, and named as the form names it.
    const values = { ...form.values, serviceRadius: typeof body?.serviceRadius === 'string' ? body.serviceRadius : '' };
    await submitForm(form, (value) => this.locations.create(principal, value), {
      again: (status, errors) =>
        this.sendLocations(principal, request, reply, status, {
          errors: errors.map((e) => (e.field === 'serviceRadiusKm' ? { ...e, field: 'serviceRadius' } : e)),
          values,
        }),
      done: () => seeOther(reply, `${RETAILER_PATHS.locations}?done=added`),
    });
  }

  @Post('locations/:id')
  async saveRadius(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const locations = await this.locations.list(principal, {});
    const reader = retailerReader(locations);
    const { dailyCapacity, ...rest } = body ?? {};
    // The radius is shown rounded in the reader's unit: sent back as shown (only the orders a day changed), it
    // keeps its km, not 120 km → "75 mi" → 120.7 km.
    const current = locations.find((l) => l.id === id);
    if (
      current &&
      typeof rest.serviceRadius === 'string' &&
      rest.serviceRadius.trim() === String(Math.round(kmToReaderUnit(current.serviceRadiusKm, reader.country)))
    ) {
      delete rest.serviceRadius;
    }
    const form = await readForm(
      UpdateLocationDto,
      { ...inKm(rest, reader.country), ...typedCapacity(dailyCapacity) },
      { numbers: ['serviceRadiusKm', 'dailyCapacity'], labels: LOCATION_LABELS },
    );
    if (!form.ok) {
      const errors = form.errors.map((e) => ({ ...e, field: e.field === 'dailyCapacity' ? `capacity-${id}` : `radius-${id}` }));
      return this.sendLocations(principal, request, reply, 400, { errors });
    }
    await this.locations.update(principal, id, { serviceRadiusKm: form.value.serviceRadiusKm, dailyCapacity: form.value.dailyCapacity ?? null });
    seeOther(reply, `${RETAILER_PATHS.locations}?done=saved`);
  }

  @Get('locations/:id/deactivate')
  async confirmDeactivate(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const [location, locations, open] = await Promise.all([
      this.locations.get(principal, id),
      this.locations.list(principal, {}),
      this.bids.list(principal, { status: BidStatus.Open, limit: OPEN_BIDS_SHOWN, offset: 0 }),
    ]);
    await this.pages.send(request, reply, 200, 'deactivate-location', {
      reader: retailerReader(locations),
      current: 'settings',
      location,
      bids: open.items.filter((b) => b.location.id === id),
    });
  }

  @Post('locations/:id/deactivate')
  async deactivate(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    await this.locations.deactivate(principal, id);
    seeOther(reply, `${RETAILER_PATHS.locations}?done=deactivated`);
  }

  @Get('dealers')
  async dealersPage(
    @CurrentPrincipal() principal: Principal,
    @Query('done') done: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.sendDealers(principal, request, reply, 200, { notice: NOTICES[String(done)] });
  }

  @Post('dealers')
  async requestDealership(
    @CurrentPrincipal() principal: Principal,
    @Body() body: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = await readForm(RequestDealershipDto, body, {
      labels: { storeSlug: { label: 'Manufacturer', missing: 'Choose a manufacturer' }, note: 'Note' },
      required: ['storeSlug'],
    });
    await submitForm(form, (value) => this.dealers.request(principal, value).catch(noStoreAt), {
      again: (status, errors) => this.sendDealers(principal, request, reply, status, { errors, values: form.values }),
      done: () => seeOther(reply, `${RETAILER_PATHS.dealers}?done=requested`),
    });
  }

  private async sendLocations(
    principal: Principal,
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    extra: { notice?: string; errors?: FieldError[]; values?: Record<string, string> },
  ) {
    const locations = await this.locations.list(principal, {});
    await this.pages.send(request, reply, status, 'locations', {
      reader: retailerReader(locations),
      current: 'settings',
      locations,
      values: {},
      errors: [],
      ...extra,
    });
  }

  private async sendDealers(
    principal: Principal,
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    extra: { notice?: string; errors?: FieldError[]; values?: Record<string, string> },
  ) {
    const [locations, dealers] = await Promise.all([this.locations.list(principal, {}), this.dealers.listForRetailer(principal)]);
    // The directory: the stores the shop has not asked yet (a refused or revoked one may be asked again), left out in
    // the query so that a shop that has asked many still sees the next ones; one more than shown says the list goes on.
    const asked = dealers.filter((d) => d.status === DealerStatus.Requested || d.status === DealerStatus.Approved).map((d) => d.store.slug);
    const stores = await this.stores.all(DIRECTORY_SIZE + 1, asked);
    const directory = stores.slice(0, DIRECTORY_SIZE);
    const directoryGoesOn = stores.length > DIRECTORY_SIZE;
    await this.pages.send(request, reply, status, 'dealers', {
      reader: retailerReader(locations),
      current: 'settings',
      dealers,
      directory,
      directoryGoesOn,
      values: {},
      errors: [],
      ...extra,
    });
  }
}
