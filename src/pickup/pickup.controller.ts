import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Public, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { ApiErrors } from '../errors/api-errors.decorator';
import { DeclinePickupDto, PickedUpDto, PickupLocationList, PickupLocationsQuery, StorePickupQuery, StorePickupView } from './pickup.dto';
import { PickupService } from './pickup.service';
import { STORE_SLUG, TextParam, UuidParam } from '../common/params';

@ApiTags('public')
@Controller('stores/:slug/pickup-locations')
@Public()
export class PickupLocationsController {
  constructor(private readonly pickups: PickupService) {}

  @Get()
  @ApiOperation({ summary: "Stores where an order can be picked up: the authorised dealers' active locations near a ZIP code, nearest first" })
  @ApiOkResponse({ type: PickupLocationList })
  @ApiErrors(400, 404, 422)
  near(@TextParam('slug', STORE_SLUG) slug: string, @Query() query: PickupLocationsQuery): Promise<PickupLocationList> {
    return this.pickups.locationsNear(slug, query);
  }
}

@ApiTags('retailer')
@Controller('retailer/pickups')
@Roles(Role.Retailer)
@ApiErrors(401, 403)
export class StorePickupsController {
  constructor(private readonly pickups: PickupService) {}

  @Get()
  @ApiOperation({ summary: 'Pickup orders at your locations, newest first' })
  @ApiOkResponse({ type: [StorePickupView] })
  @ApiErrors(400)
  list(@CurrentPrincipal() principal: Principal, @Query() query: StorePickupQuery): Promise<StorePickupView[]> {
    return this.pickups.storePickups(principal, query);
  }

  @Post(':orderId/accept')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Accept a pickup order: you have it in stock and prepare it (before its acceptBy)',
    description: 'At a location with an inventory count every line must be available (on hand − held); else 409 naming what is short.',
  })
  @ApiOkResponse({ type: StorePickupView })
  @ApiErrors(404, 409)
  accept(@CurrentPrincipal() principal: Principal, @UuidParam('orderId') orderId: string): Promise<StorePickupView> {
    return this.pickups.accept(principal, orderId);
  }

  @Post(':orderId/decline')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decline a pickup order: the manufacturer ships it to your store instead' })
  @ApiOkResponse({ type: StorePickupView })
  @ApiErrors(400, 404, 409)
  decline(@CurrentPrincipal() principal: Principal, @UuidParam('orderId') orderId: string, @Body() body: DeclinePickupDto): Promise<StorePickupView> {
    return this.pickups.decline(principal, orderId, body.reason);
  }

  @Post(':orderId/ready')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark it ready for pickup: the customer is e-mailed their pickup code' })
  @ApiOkResponse({ type: StorePickupView })
  @ApiErrors(404, 409)
  ready(@CurrentPrincipal() principal: Principal, @UuidParam('orderId') orderId: string): Promise<StorePickupView> {
    return this.pickups.ready(principal, orderId);
  }

  @Post(':orderId/picked-up')
  @HttpCode(200)
  @ApiOperation({ summary: 'Hand it over: the customer shows their pickup code' })
  @ApiOkResponse({ type: StorePickupView })
  @ApiErrors(400, 404, 409, 422)
  pickedUp(@CurrentPrincipal() principal: Principal, @UuidParam('orderId') orderId: string, @Body() body: PickedUpDto): Promise<StorePickupView> {
    return this.pickups.pickedUp(principal, orderId, body.code);
  }
}
