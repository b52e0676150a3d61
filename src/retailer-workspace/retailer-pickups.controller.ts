import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsSessionCookie, CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { DeclinePickupDto, PickedUpDto } from '../pickup/pickup.dto';
import { PickupService } from '../pickup/pickup.service';
import { LocationsService } from '../retailers/locations.service';
import { FormTokenGuard } from '../workspace/workspace-csrf';
import { FieldError, FormResult, readForm, scopeToForm, submitForm } from '../workspace/workspace-form';
import { RETAILER_PATHS, retailerReader, RetailerPageFilter, RetailerPages } from './retailer-pages';

type Form = Record<string, unknown>;

const DONE: Record<string, string> = {
  accept: 'Accepted. Mark it ready when it is at the counter.',
  decline: 'Declined. The manufacturer ships it to your store; mark it ready when it arrives.',
  ready: 'Marked ready. The customer has been e-mailed their pickup code.',
  'picked-up': 'Handed over. Thank you!',
};

/** The store's pickup orders as a page: accept or decline, mark ready, hand over on the customer's code. */
@ApiExcludeController()
@Controller('retailer/pickup-orders')
@Roles(Role.Retailer)
@AcceptsSessionCookie()
@UseFilters(RetailerPageFilter)
@UseGuards(FormTokenGuard)
export class RetailerPickupsController {
  constructor(
    private readonly pickups: PickupService,
    private readonly locations: LocationsService,
    private readonly pages: RetailerPages,
  ) {}

  @Get()
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query('done') done: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.send(principal, request, reply, 200, { notice: DONE[String(done)] });
  }

  @Post(':orderId/accept')
  async accept(
    @CurrentPrincipal() principal: Principal,
    @Param('orderId', ParseUUIDPipe) orderId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.pickups.accept(principal, orderId);
    this.done(reply, 'accept');
  }

  @Post(':orderId/ready')
  async ready(@CurrentPrincipal() principal: Principal, @Param('orderId', ParseUUIDPipe) orderId: string, @Res() reply: FastifyReply): Promise<void> {
    await this.pickups.ready(principal, orderId);
    this.done(reply, 'ready');
  }

  @Post(':orderId/decline')
  async decline(
    @CurrentPrincipal() principal: Principal,
    @Param('orderId', ParseUUIDPipe) orderId: string,
    @Body() body: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = await readForm(DeclinePickupDto, body, { labels: { reason: { label: 'Reason to decline', missing: 'Enter a reason to decline' } } });
    await this.step(principal, orderId, form, (value) => this.pickups.decline(principal, orderId, value.reason), request, reply, 'decline');
  }

  @Post(':orderId/picked-up')
  async pickedUp(
    @CurrentPrincipal() principal: Principal,
    @Param('orderId', ParseUUIDPipe) orderId: string,
    @Body() body: Form,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = await readForm(PickedUpDto, body, { labels: { code: { label: 'Pickup code', missing: "Enter the customer's pickup code" } } });
    await this.step(principal, orderId, form, (value) => this.pickups.pickedUp(principal, orderId, value.code), request, reply, 'picked-up');
  }

  /** A step with a field: its problem, or the service's refusal (a wrong code), shown beside that order's field on the same page. */
  private step<T extends object>(
    principal: Principal,
    orderId: string,
    form: FormResult<T>,
    work: (value: T) => Promise<unknown>,
    request: FastifyRequest,
    reply: FastifyReply,
    done: string,
  ): Promise<void> {
    return submitForm(form, work, {
      again: (status, errors) =>
        this.send(principal, request, reply, status, scopeToForm(orderId, errors, form.values, done === 'decline' ? 'reason' : 'code')),
      done: () => this.done(reply, done),
    });
  }

  private done(reply: FastifyReply, step: string): void {
    reply.status(303).header('Location', `${RETAILER_PATHS.pickups}?done=${step}`).send();
  }

  private async send(
    principal: Principal,
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    extra: { notice?: string; errors?: FieldError[]; values?: Record<string, string> },
  ) {
    const [locations, pickups] = await Promise.all([this.locations.list(principal, {}), this.pickups.storePickups(principal, {})]);
    await this.pages.send(request, reply, status, 'pickups', {
      reader: retailerReader(locations),
      current: 'pickups',
      pickups,
      errors: [],
      ...extra,
    });
  }
}
