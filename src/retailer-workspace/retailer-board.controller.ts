import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsSessionCookie, CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { BidsService } from '../board/bids.service';
import { PlaceBidDto } from '../board/board.dto';
import { BoardService } from '../board/board.service';
import { CatalogService } from '../catalog/catalog.service';
import { DealersService } from '../dealers/dealers.service';
import { DomainError } from '../errors/domain-error';
import { statusOf } from '../errors/http-error.filter';
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
    const { done, ...filters } = query;
    await this.send(principal, request, reply, filters, NOTICES[String(done)]);
  }

  @Post(':orderId/bid')
  async bid(
    @CurrentPrincipal() principal: Principal,
    @Param('orderId', ParseUUIDPipe) orderId: string,
    @Body() body: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = await readForm(PlaceBidDto, body, { labels: { locationId: 'Ship from' } });
    // A refused bid (a location not on the list, bidding closed, out of stock) is said on the order's card, beside
    // its Ship from and Bid button, with the board as it stands; what the retailer may not see stays a 404/403.
    const refuse = (status: number, message: string) => this.send(principal, request, reply, {}, undefined, { orderId, status, message });
    if (!form.ok) return refuse(400, form.errors.map((e) => e.message).join('; '));
    try {
      await this.bids.place(principal, orderId, form.value.locationId);
    } catch (error) {
      const status = error instanceof DomainError ? statusOf(error.code) : 0;
      if (![400, 409, 422].includes(status)) throw error;
      return refuse(status, (error as DomainError).message);
    }
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

  /**
   * The board page: `filters` as the filter form sent them; `refused`, a bid just refused, is shown in the summary
   * and on its order's card (field `bid-<orderId>`) with the refusal's status.
   */
  private async send(
    principal: Principal,
    request: FastifyRequest,
    reply: FastifyReply,
    filters: Form,
    notice?: string,
    refused?: { orderId: string; status: number; message: string },
  ): Promise<void> {
    const [locations, dealers] = await Promise.all([this.locations.list(principal, {}), this.dealers.listForRetailer(principal)]);
    const reader = retailerReader(locations);
    const form = await readForm(BoardFilterForm, filters, { numbers: ['maxDistance'], labels: { maxDistance: 'Distance' } });
    const page = form.ok ? await this.board.list(principal, boardQueryOf(form.value, reader)) : { items: [], nextCursor: null };
    const onPage = refused && page.items.some((o) => o.orderId === refused.orderId);
    const errors = refused ? [{ field: onPage ? `bid-${refused.orderId}` : undefined, message: refused.message }] : form.ok ? [] : form.errors;
    await this.pages.send(request, reply, refused?.status ?? (form.ok ? 200 : 400), 'board', {
      reader,
      current: 'board',
      notice,
      errors,
      netOf: this.netOf,
      ...boardView({ ...page, filters: form.values, dealers, locations }),
    });
  }
}
