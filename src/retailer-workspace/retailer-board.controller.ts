import { BadRequestException, Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsSessionCookie, CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { BidsService } from '../board/bids.service';
import { PlaceBidDto } from '../board/board.dto';
import { BoardService } from '../board/board.service';
import { CatalogService } from '../catalog/catalog.service';
import { DealersService } from '../dealers/dealers.service';
import { LocationsService } from '../retailers/locations.service';
import { FormTokenGuard } from '../workspace/workspace-csrf';
import { readForm, seeOther } from '../workspace/workspace-form';
import { BoardFilterForm, boardQueryOf, boardView } from './board-page';
import { RETAILER_PATHS, retailerReader, RetailerPageFilter, RetailerPages } from './retailer-pages';

type Form = Record<string, unknown>;

const NOTICES: Record<string, string> = {
  placed: 'Bid placed. You can withdraw it until bidding closes.',
  withdrawn: 'Bid withdrawn.',
};

/** The board: orders this retailer may bid on, nearest first, with the map; one click to bid or withdraw. */
@ApiExcludeController()
@Controller('retailer/bid-board')
@Roles(Role.Retailer)
@AcceptsSessionCookie()
@UseFilters(RetailerPageFilter)
@UseGuards(FormTokenGuard)
export class RetailerBoardController {
  constructor(
    private readonly board: BoardService,
    private readonly bids: BidsService,
    private readonly dealers: DealersService,
    private readonly locations: LocationsService,
    private readonly pages: RetailerPages,
    private readonly catalog: CatalogService,
  ) {}

  /** What the shop is owed for an order's payout once the platform fee is taken: the statement's own split. */
  private readonly netOf = (payoutMinor: number, currency: string) => this.catalog.fulfillerNetMinor(payoutMinor, currency);

  @Get()
  async show(
    @CurrentPrincipal() principal: Principal,
    @Query() query: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const [locations, dealers] = await Promise.all([this.locations.list(principal, {}), this.dealers.listForRetailer(principal)]);
    const reader = retailerReader(locations);
    const { done, ...filters } = query;
    const form = await readForm(BoardFilterForm, filters, { numbers: ['maxDistance'], labels: { maxDistance: 'Distance' } });
    const page = form.ok ? await this.board.list(principal, boardQueryOf(form.value, reader)) : { items: [], nextCursor: null };
    this.pages.send(request, reply, form.ok ? 200 : 400, 'board', {
      reader,
      current: 'board',
      notice: NOTICES[String(done)],
      errors: form.ok ? [] : form.errors,
      netOf: this.netOf,
      ...boardView({ ...page, filters: form.values, dealers, locations }),
    });
  }

  @Post(':orderId/bid')
  async bid(
    @CurrentPrincipal() principal: Principal,
    @Param('orderId', ParseUUIDPipe) orderId: string,
    @Body() body: Form,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = await readForm(PlaceBidDto, body, { labels: { locationId: 'Ship from' } });
    if (!form.ok) throw new BadRequestException(form.errors.map((e) => e.message).join('; '));
    await this.bids.place(principal, orderId, form.value.locationId);
    seeOther(reply, `${RETAILER_PATHS.board}?done=placed#order-${orderId}`);
  }

  @Post(':orderId/withdraw')
  async withdraw(
    @CurrentPrincipal() principal: Principal,
    @Param('orderId', ParseUUIDPipe) orderId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.bids.withdraw(principal, orderId);
    seeOther(reply, `${RETAILER_PATHS.board}?done=withdrawn#order-${orderId}`);
  }
}
