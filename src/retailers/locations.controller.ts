import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { ApiErrors } from '../errors/api-errors.decorator';
import { CreateLocationDto, LocationQuery, LocationView, UpdateLocationDto } from './location.dto';
import { LocationsService } from './locations.service';
import { UuidParam } from '../common/params';

@ApiTags('retailer')
@Controller('retailer/locations')
@Roles(Role.Retailer)
@ApiErrors(401, 403)
export class LocationsController {
  constructor(private readonly locations: LocationsService) {}

  @Post()
  @ApiOperation({ summary: 'Add a location you ship from; without lat/lng it is located from its postal code' })
  @ApiCreatedResponse({ type: LocationView })
  @ApiErrors(400, 422)
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateLocationDto): Promise<LocationView> {
    return this.locations.create(principal, body);
  }

  @Get()
  @ApiOperation({ summary: 'Your locations' })
  @ApiOkResponse({ type: [LocationView] })
  @ApiErrors(400)
  list(@CurrentPrincipal() principal: Principal, @Query() query: LocationQuery): Promise<LocationView[]> {
    return this.locations.list(principal, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One of your locations' })
  @ApiOkResponse({ type: LocationView })
  @ApiErrors(404)
  get(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string): Promise<LocationView> {
    return this.locations.get(principal, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change a location; a new postal code without lat/lng is located again' })
  @ApiOkResponse({ type: LocationView })
  @ApiErrors(400, 404, 422)
  update(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string, @Body() body: UpdateLocationDto): Promise<LocationView> {
    return this.locations.update(principal, id, body);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Deactivate a location: its orders leave your board and its open bids are withdrawn' })
  @ApiOkResponse({ type: LocationView })
  @ApiErrors(404)
  deactivate(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string): Promise<LocationView> {
    return this.locations.deactivate(principal, id);
  }
}
