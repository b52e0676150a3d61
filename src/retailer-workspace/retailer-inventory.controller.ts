import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsSessionCookie, CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { DealerStatus } from '../dealers/dealer-status';
import { DealersService } from '../dealers/dealers.service';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { AutoBidsService } from '../inventory/auto-bids.service';
import { InventoryFeedsService } from '../inventory/inventory-feeds.service';
import { MAX_IMAGE_BYTES, UploadedFile } from '../product-images/image-storage';
import { LocationsService } from '../retailers/locations.service';
import { FormTokenGuard } from '../workspace/workspace-csrf';
import { FieldError, formText } from '../workspace/workspace-form';
import { inventoryView } from './inventory-page';
import { RETAILER_PATHS, retailerReader, RetailerPageFilter, RetailerPages } from './retailer-pages';

type Form = Record<string, unknown>;

const NOTICES: Record<string, string> = {
  counted: 'Stock count saved. Orders on the board it now covers get automatic bids within moments.',
  on: 'Automatic bids are on for this manufacturer.',
  off: 'Automatic bids are off for this manufacturer; bids already placed stay.',
};

/** Stock counts per location (paste a CSV or upload it as a file), automatic bidding per manufacturer, and why orders were or were not bid on. */
@ApiExcludeController()
@Controller('retailer/stock')
@Roles(Role.Retailer)
@AcceptsSessionCookie()
@UseFilters(RetailerPageFilter)
@UseGuards(FormTokenGuard)
export class RetailerInventoryController {
  constructor(
    private readonly feeds: InventoryFeedsService,
    private readonly autoBids: AutoBidsService,
    private readonly dealers: DealersService,
    private readonly locations: LocationsService,
    private readonly pages: RetailerPages,
  ) {}

  @Get()
  async show(
    @CurrentPrincipal() principal: Principal,
    @Query() query: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.send(principal, request, reply, 200, { notice: NOTICES[String(query.done)] });
  }

  @Post(':locationId/count')
  async count(
    @CurrentPrincipal() principal: Principal,
    @Param('locationId', ParseUUIDPipe) locationId: string,
    @Body() body: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // The paste box sends `csv`, the file form `file`: both go through the same parser and checks.
    const fromFile = body?.file !== undefined;
    const field = `${fromFile ? 'file' : 'csv'}-${locationId}`;
    const file = body?.file instanceof UploadedFile ? body.file : undefined;
    const csv = fromFile ? (file?.bytes.toString('utf8') ?? '') : formText(body?.csv);
    const refuse = (message: string) =>
      // The problem goes beside the form it came from, with what was pasted, so it can be corrected.
      this.send(principal, request, reply, 400, { errors: [{ field, message }], values: fromFile ? {} : { [field]: csv } });
    if (fromFile && !file?.bytes.length) return refuse('Choose a stock file (CSV)');
    if (!fromFile && !csv.trim()) return refuse('Paste a stock count (CSV): a header row, then one product per row');
    if (file?.tooLarge)
      return refuse(`The stock file is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB; split it by manufacturer and upload each part`);
    try {
      await this.feeds.uploadCsv(principal, locationId, csv);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== ErrorCode.Unprocessable) throw error;
      return refuse(error.message);
    }
    reply.status(303).header('Location', `${RETAILER_PATHS.inventory}?done=counted`).send();
  }

  @Post('auto-bids/:manufacturerId')
  async autoBid(
    @CurrentPrincipal() principal: Principal,
    @Param('manufacturerId', ParseUUIDPipe) manufacturerId: string,
    @Body() body: Form,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const on = body?.enabled === 'on';
    if (on) await this.autoBids.enable(principal, manufacturerId, {});
    else await this.autoBids.disable(principal, manufacturerId);
    reply
      .status(303)
      .header('Location', `${RETAILER_PATHS.inventory}?done=${on ? 'on' : 'off'}`)
      .send();
  }

  private async send(
    principal: Principal,
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    extra: { notice?: string; errors?: FieldError[]; values?: Record<string, string> },
  ) {
    const [locations, feeds, settings, dealers, decisions] = await Promise.all([
      this.locations.list(principal, {}),
      this.feeds.feeds(principal),
      this.autoBids.settings(principal),
      this.dealers.listForRetailer(principal, DealerStatus.Approved),
      this.autoBids.decisions(principal, { limit: 20, offset: 0 }),
    ]);
    await this.pages.send(request, reply, status, 'inventory', {
      reader: retailerReader(locations),
      current: 'inventory',
      notice: extra.notice,
      errors: extra.errors ?? [],
      ...inventoryView({ feeds, settings, dealers, decisions: decisions.items, values: extra.values ?? {} }),
    });
  }
}
