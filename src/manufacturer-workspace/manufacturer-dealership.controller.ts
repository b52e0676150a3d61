import { BadRequestException, Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsSessionCookie, CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { ApproveDealerDto, DealerReasonDto } from '../dealers/dealer.dto';
import { DealerDecision, DealersService } from '../dealers/dealers.service';
import { InventoryFeedsService } from '../inventory/inventory-feeds.service';
import { RatingsService } from '../ratings/ratings.service';
import { FormTokenGuard } from '../workspace/workspace-csrf';
import { readForm } from '../workspace/workspace-form';
import { pageOffsetOf } from '../workspace/workspace-pager';
import { dealerSortColumn, dealerSortOf, dealerTable, dealersPage } from './dealers-page';
import { MANUFACTURER_PATHS, ManufacturerPageFilter, ManufacturerPages } from './manufacturer-pages';

type Form = Record<string, unknown>;

const DONE: Record<DealerDecision, string> = {
  approve: 'Approved: the retailer now sees your orders near its locations and may bid.',
  reject: 'Request rejected; the retailer sees your reason.',
  revoke: 'Dealer revoked; its open bids on your orders were withdrawn.',
};

/** Dealer requests to approve or reject; approved dealers with their record, feeds and locations on a map, to revoke. */
@ApiExcludeController()
@Controller('manufacturer/dealership')
@Roles(Role.Manufacturer)
@AcceptsSessionCookie()
@UseFilters(ManufacturerPageFilter)
@UseGuards(FormTokenGuard)
export class ManufacturerDealershipController {
  constructor(
    private readonly dealers: DealersService,
    private readonly ratings: RatingsService,
    private readonly feeds: InventoryFeedsService,
    private readonly pages: ManufacturerPages,
  ) {}

  @Get()
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query('done') done: unknown,
    @Query('sort') sort: unknown,
    @Query('offset') offset: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const chosen = dealerSortOf(sort);
    const column = dealerSortColumn(chosen);
    const [dealers, locations, keys, feeds] = await Promise.all([
      this.dealers.listForManufacturer(principal),
      this.dealers.dealerLocations(principal),
      column ? this.ratings.dealerSortKeys(principal, column) : new Map<string, number>(),
      this.feeds.dealerFeeds(principal),
    ]);
    // Each dealer's record is read for the page's rows alone, after the sort (which needs one column of every
    // dealer's). Its counts are kept as awards and shipments are written, not taken from the insight summary tables:
    // those lag the orders by up to a quarter hour and count by the day an order was placed, and this table is exact.
    const table = dealerTable(dealers, chosen, keys, pageOffsetOf(offset));
    const records = await this.ratings.dealerRecords(
      principal,
      table.shown.map((d) => d.retailer.id),
    );
    await this.pages.send(request, reply, 200, 'dealers', {
      current: 'dealers',
      notice: DONE[done as DealerDecision],
      ...dealersPage({ dealers, locations, records, feeds }, table, chosen, MANUFACTURER_PATHS.dealers),
    });
  }

  @Post(':id/:decision')
  async decide(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('decision') decision: string,
    @Body() body: Form,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (!(decision in DONE)) throw new BadRequestException('Choose approve, reject or revoke');
    const form = decision === 'approve' ? await readForm(ApproveDealerDto, body) : await readForm(DealerReasonDto, body);
    if (!form.ok) throw new BadRequestException(form.errors.map((e) => e.message).join('; '));
    await this.dealers.decide(principal, id, decision as DealerDecision, form.value.reason);
    reply.status(303).header('Location', `${MANUFACTURER_PATHS.dealers}?done=${decision}`).send();
  }
}
