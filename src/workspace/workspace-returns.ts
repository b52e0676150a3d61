import {
  Body,
  Controller,
  ExceptionFilter,
  Get,
  Inject,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  Res,
  Type,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsSessionCookie, CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal } from '../auth/role';
import { ReturnStatus } from '../returns/return-status';
import { ApproveReturnDto, RefuseReturnDto, ReturnsQuery } from '../returns/returns.dto';
import { ReturnsService } from '../returns/returns.service';
import { WorkspaceAudience } from './workspace-audience';
import { FormTokenGuard } from './workspace-csrf';
import { FieldError, formErrorOf, readForm, seeOther, submitForm } from './workspace-form';
import { WorkspacePages } from './workspace-pages';

type Form = Record<string, unknown>;

/** A workspace's return addresses: the queue, one return, and its steps (approve, refuse, received). */
export interface ReturnsPaths {
  returns: string;
  returnPage(id: string): string;
  returnStep(id: string, step: string): string;
}

// The queue's tabs in the order work flows: what waits on the handler first.
const TABS: { status: ReturnStatus | ''; label: string }[] = [
  { status: ReturnStatus.Requested, label: 'To decide' },
  { status: ReturnStatus.Approved, label: 'Waiting for the goods' },
  { status: ReturnStatus.Refunded, label: 'Refunded' },
  { status: ReturnStatus.Refused, label: 'Refused' },
  { status: '', label: 'All' },
];

const NOTICES: Record<string, string> = {
  approved: 'Approved. The customer has been e-mailed your instructions.',
  refused: 'Refused. The customer has been e-mailed your reason.',
  received: 'Marked as received. The customer is being refunded and has been told; the return shows Refunded once the refund is done.',
};

const LABELS = {
  instructions: { label: 'How to send it back', missing: 'Enter how the customer sends the goods back' },
  reason: { label: 'Reason', missing: 'Enter a reason' },
};

/**
 * The returns (RMA) pages of a fulfiller's workspace, as a controller class for its module: the same pages for
 * retailers and manufacturers, the returns service deciding what each sees and may do (a manufacturer reads its
 * dealers' returns but acts only on those it shipped itself).
 * - the queue ("@returns"), one tab per state, to decide first;
 * - one return ("@return"): its lines, its story, and the step it waits for: approve with instructions or refuse
 *   with a reason, then mark the goods received; a form's problems and a refused step shown beside it.
 */
export function workspaceReturnsController(
  audience: WorkspaceAudience,
  pagesType: Type<WorkspacePages>,
  filterType: Type<ExceptionFilter>,
  paths: ReturnsPaths,
): Type<unknown> {
  @ApiExcludeController()
  @Controller(paths.returns.slice(1))
  @Roles(audience.role)
  @AcceptsSessionCookie()
  @UseFilters(filterType)
  @UseGuards(FormTokenGuard)
  class WorkspaceReturnsController {
    constructor(
      @Inject(ReturnsService) private readonly returns: ReturnsService,
      @Inject(pagesType) private readonly pages: WorkspacePages,
    ) {}

    @Get()
    async queue(
      @CurrentPrincipal() principal: Principal,
      @Query() query: Form,
      @Req() request: FastifyRequest,
      @Res() reply: FastifyReply,
    ): Promise<void> {
      const form = await readForm(
        ReturnsQuery,
        { status: ReturnStatus.Requested, ...query },
        { labels: { status: { label: 'State', missing: 'Choose a state' } } },
      );
      const [reader, counts, items] = await Promise.all([
        this.pages.readerFor(principal),
        this.returns.counts(principal),
        form.ok ? this.returns.list(principal, form.value) : [],
      ]);
      await this.pages.send(request, reply, form.ok ? 200 : 400, '@returns', {
        reader,
        current: 'returns',
        errors: form.ok ? [] : form.errors,
        status: form.ok ? (form.value.status ?? '') : '',
        tabs: TABS.map((tab) => ({
          ...tab,
          href: `${paths.returns}?status=${tab.status}`,
          count: tab.status ? counts[tab.status] : Object.values(counts).reduce((a, b) => a + b, 0),
        })),
        items,
      });
    }

    @Get(':id')
    async show(
      @CurrentPrincipal() principal: Principal,
      @Param('id', ParseUUIDPipe) id: string,
      @Query('done') done: unknown,
      @Req() request: FastifyRequest,
      @Res() reply: FastifyReply,
    ): Promise<void> {
      await this.page(principal, id, request, reply, 200, { notice: NOTICES[String(done)] });
    }

    @Post(':id/approve')
    async approve(
      @CurrentPrincipal() principal: Principal,
      @Param('id', ParseUUIDPipe) id: string,
      @Body() body: Form,
      @Req() request: FastifyRequest,
      @Res() reply: FastifyReply,
    ): Promise<void> {
      const form = await readForm(ApproveReturnDto, body, { labels: LABELS });
      await submitForm(form, (value) => this.returns.approve(principal, id, value.instructions), {
        again: (status, errors) => this.page(principal, id, request, reply, status, { errors, values: form.values }),
        done: () => seeOther(reply, `${paths.returnPage(id)}?done=approved`),
      });
    }

    @Post(':id/refuse')
    async refuse(
      @CurrentPrincipal() principal: Principal,
      @Param('id', ParseUUIDPipe) id: string,
      @Body() body: Form,
      @Req() request: FastifyRequest,
      @Res() reply: FastifyReply,
    ): Promise<void> {
      const form = await readForm(RefuseReturnDto, body, { labels: LABELS });
      await submitForm(form, (value) => this.returns.refuse(principal, id, value.reason), {
        again: (status, errors) => this.page(principal, id, request, reply, status, { errors, values: form.values }),
        done: () => seeOther(reply, `${paths.returnPage(id)}?done=refused`),
      });
    }

    @Post(':id/received')
    async received(
      @CurrentPrincipal() principal: Principal,
      @Param('id', ParseUUIDPipe) id: string,
      @Req() request: FastifyRequest,
      @Res() reply: FastifyReply,
    ): Promise<void> {
      try {
        await this.returns.received(principal, id);
      } catch (error) {
        return this.page(principal, id, request, reply, 409, { errors: [formErrorOf(error)] });
      }
      seeOther(reply, `${paths.returnPage(id)}?done=received`);
    }

    private async page(
      principal: Principal,
      id: string,
      request: FastifyRequest,
      reply: FastifyReply,
      status: number,
      extra: { notice?: string; errors?: FieldError[]; values?: Record<string, string> },
    ): Promise<void> {
      const [reader, ret] = await Promise.all([this.pages.readerFor(principal), this.returns.get(principal, id)]);
      await this.pages.send(request, reply, status, '@return', {
        reader,
        current: 'returns',
        ret,
        // Whoever fulfilled the order decides; a manufacturer reads its dealers' returns without acting on them.
        mayAct: ret.handler === audience.role,
        errors: extra.errors ?? [],
        values: extra.values ?? {},
        notice: extra.notice,
      });
    }
  }
  return WorkspaceReturnsController;
}
