import { Controller, Get, Param, ParseUUIDPipe, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsSessionCookie, CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { EmailsQuery } from '../notifications/ops-notifications.dto';
import { StoreEmailsService } from '../notifications/store-emails.service';
import { readForm } from '../workspace/workspace-form';
import { pagerOf } from '../workspace/workspace-pager';
import { MANUFACTURER_PATHS, ManufacturerPageFilter, ManufacturerPages } from './manufacturer-pages';

/** The e-mails sent to customers in the store's name, to read as they were sent (the customer's questions start here). */
@ApiExcludeController()
@Controller('manufacturer/sent-emails')
@Roles(Role.Manufacturer)
@AcceptsSessionCookie()
@UseFilters(ManufacturerPageFilter)
export class ManufacturerEmailsController {
  constructor(
    private readonly emails: StoreEmailsService,
    private readonly pages: ManufacturerPages,
  ) {}

  @Get()
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = await readForm(
      EmailsQuery,
      { limit: '25', ...query },
      { numbers: ['limit', 'offset'], labels: { to: "Customer's e-mail", orderNumber: 'Order number' } },
    );
    const [reader, page] = await Promise.all([this.pages.readerFor(principal), form.ok ? this.emails.list(principal, form.value) : null]);
    await this.pages.send(request, reply, form.ok ? 200 : 400, 'emails', {
      reader,
      current: 'emails',
      values: form.values,
      errors: form.ok ? [] : form.errors,
      page,
      pager: page && pagerOf(page, MANUFACTURER_PATHS.emails, { to: form.values.to, orderNumber: form.values.orderNumber }),
    });
  }

  @Get(':id')
  async show(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const [reader, email] = await Promise.all([this.pages.readerFor(principal), this.emails.get(principal, id)]);
    await this.pages.send(request, reply, 200, 'email', { reader, current: 'emails', email });
  }
}
