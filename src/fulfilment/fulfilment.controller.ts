import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { ApiErrors } from '../errors/api-errors.decorator';
import { DeclinedView, DeclineOrderDto, FulfilmentView, ShipOrderDto } from './fulfilment.dto';
import { RerouteService } from './reroute.service';
import { ShipmentsService } from './shipments.service';
import { UuidParam } from '../common/params';

// The same two steps for either fulfiller: a retailer for the orders it won, a manufacturer for its fallback orders.
@ApiTags('fulfilment')
@Controller(['retailer/orders', 'manufacturer/orders'])
@Roles(Role.Retailer, Role.Manufacturer)
@ApiErrors(401, 403)
export class FulfilmentController {
  constructor(private readonly shipments: ShipmentsService) {}

  @Post(':id/shipments')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ship an order you fulfil, with the carrier and tracking number the customer will see' })
  @ApiOkResponse({ type: FulfilmentView })
  @ApiErrors(400, 404, 409)
  ship(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string, @Body() body: ShipOrderDto): Promise<FulfilmentView> {
    return this.shipments.ship(principal, id, body);
  }

  @Post(':id/delivered')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark an order you shipped as delivered' })
  @ApiOkResponse({ type: FulfilmentView })
  @ApiErrors(404, 409)
  deliver(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string): Promise<FulfilmentView> {
    return this.shipments.deliver(principal, id);
  }
}

@ApiTags('retailer')
@Controller('retailer/orders')
@Roles(Role.Retailer)
@ApiErrors(401, 403)
export class DeclineController {
  constructor(private readonly reroutes: RerouteService) {}

  @Post(':id/decline')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decline an order you won: it goes at once to the next-nearest bidder, else the manufacturer' })
  @ApiOkResponse({ type: DeclinedView })
  @ApiErrors(400, 404, 409)
  decline(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string, @Body() body: DeclineOrderDto): Promise<DeclinedView> {
    return this.reroutes.decline(principal, id, body.reason);
  }
}
