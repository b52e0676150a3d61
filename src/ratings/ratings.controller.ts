import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Public, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { ApiErrors } from '../errors/api-errors.decorator';
import { CustomerRating, DealerRecord, RateDto, RatingView } from './ratings.dto';
import { RatingsService } from './ratings.service';
import { TextParam, TRACKING_TOKEN } from '../common/params';

@ApiTags('public')
@Controller('orders/track/:token/rating')
@Public()
export class CustomerRatingController {
  constructor(private readonly ratings: RatingsService) {}

  @Get()
  @ApiOperation({ summary: 'Your rating of how this order was fulfilled, and whether you can rate it yet' })
  @ApiOkResponse({ type: CustomerRating })
  @ApiErrors(404)
  get(@TextParam('token', TRACKING_TOKEN) token: string): Promise<CustomerRating> {
    return this.ratings.forCustomer(token);
  }

  @Put()
  @ApiOperation({ summary: 'Rate the fulfilment (1-5 stars, optional comment) once delivered or picked up; rating again replaces it' })
  @ApiOkResponse({ type: RatingView })
  @ApiErrors(400, 404, 409)
  rate(@TextParam('token', TRACKING_TOKEN) token: string, @Body() body: RateDto): Promise<RatingView> {
    return this.ratings.rate(token, body);
  }
}

@ApiTags('ratings')
@Controller(['manufacturer/dealer-records', 'retailer/dealer-records'])
@Roles(Role.Manufacturer, Role.Retailer)
@ApiErrors(401, 403)
export class DealerRecordsController {
  constructor(private readonly ratings: RatingsService) {}

  @Get()
  @ApiOperation({
    summary: 'Dealer records: awards, declines, late shipments and customer ratings (a manufacturer: each dealer; a retailer: its own)',
  })
  @ApiOkResponse({ type: [DealerRecord] })
  list(@CurrentPrincipal() principal: Principal): Promise<DealerRecord[]> {
    return this.ratings.records(principal);
  }
}
