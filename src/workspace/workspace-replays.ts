import {
  Body,
  Controller,
  ExceptionFilter,
  Get,
  Inject,
  Optional,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
  Type,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsSessionCookie, CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { OnboardingService } from '../onboarding/onboarding.service';
import { MAX_REPLAY_DAYS, ReplayView, StartReplayDto } from '../replay/replay.dto';
import { ReplayState } from '../replay/replay-state';
import { ReplayService } from '../replay/replay.service';
import { WorkspaceAudience } from './workspace-audience';
import { FormTokenGuard } from './workspace-csrf';
import { FieldError, formErrorOf, readForm } from './workspace-form';
import { WorkspacePages } from './workspace-pages';

type Form = Record<string, unknown>;

// A replay still in progress reloads its page this often (no script needed).
const REFRESH_SECONDS = 2;
const RECENT_REPLAYS = 10;

/** The form's fields as people read them. */
const LABELS = {
  from: 'From',
  to: 'Until',
  manufacturerId: 'Manufacturer',
  radiusKm: 'Service radius',
  radiusFactor: 'Radius factor',
  minBoardHours: 'Minimum board time',
  dailyCapacity: 'Daily capacity per location',
  chosenDealer: "Customer's chosen dealer first",
};

const day = (at: Date) => at.toISOString().slice(0, 10);

/**
 * The "What if" pages of one workspace (manufacturer: its own store's orders; ops: any, or all), as a controller
 * class for its module, on the shared "@replays" and "@replay" views:
 * - the page: the form (a period of past runs and the policy to try) and the latest replays;
 * - starting one: read with the API's StartReplayDto; a problem (or the service's refusal) is shown beside the form (400);
 * - one replay: progress (the page reloads itself while it runs), then the figures side by side and changed orders.
 */
export function workspaceReplaysController(
  audience: WorkspaceAudience,
  pagesType: Type<WorkspacePages>,
  filterType: Type<ExceptionFilter>,
  path: string,
): Type<unknown> {
  @ApiExcludeController()
  @Controller(path.slice(1))
  @Roles(audience.role)
  @AcceptsSessionCookie()
  @UseFilters(filterType)
  @UseGuards(FormTokenGuard)
  class WorkspaceReplaysController {
    constructor(
      @Inject(ReplayService) private readonly replays: ReplayService,
      @Inject(pagesType) private readonly pages: WorkspacePages,
      // Ops choose a manufacturer (or all) from the onboarded ones; a manufacturer replays its own orders.
      @Optional() @Inject(OnboardingService) private readonly onboarding?: OnboardingService,
    ) {}

    @Get()
    async page(@CurrentPrincipal() principal: Principal, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
      const now = new Date();
      const values = { from: day(new Date(now.getTime() - 7 * 86_400_000)), to: day(now), chosenDealer: 'on' };
      await this.formPage(principal, request, reply, 200, values, []);
    }

    @Post()
    async start(
      @CurrentPrincipal() principal: Principal,
      @Body() body: Form,
      @Req() request: FastifyRequest,
      @Res() reply: FastifyReply,
    ): Promise<void> {
      const form = await readForm(StartReplayDto, body, {
        numbers: ['radiusKm', 'radiusFactor', 'minBoardHours', 'dailyCapacity'],
        booleans: ['chosenDealer'],
        labels: LABELS,
      });
      if (!form.ok) return this.formPage(principal, request, reply, 400, form.values, form.errors);
      let replay: ReplayView;
      try {
        replay = await this.replays.start(principal, form.value);
      } catch (error) {
        // The service's refusal (a period too long, a radius given both ways) is shown beside the form.
        return this.formPage(principal, request, reply, 400, form.values, [formErrorOf(error)]);
      }
      reply.status(303).header('Location', `${path}/${replay.id}`).send();
    }

    @Get(':id')
    async show(
      @CurrentPrincipal() principal: Principal,
      @Param('id', ParseUUIDPipe) id: string,
      @Req() request: FastifyRequest,
      @Res() reply: FastifyReply,
    ): Promise<void> {
      const replay = await this.replays.get(principal, id);
      const live = replay.state === ReplayState.Queued || replay.state === ReplayState.Running;
      await this.pages.send(request, reply, 200, '@replay', {
        reader: await this.pages.readerFor(principal),
        current: 'replays',
        replay,
        path,
        refreshSeconds: live ? REFRESH_SECONDS : null,
      });
    }

    private async formPage(
      principal: Principal,
      request: FastifyRequest,
      reply: FastifyReply,
      status: number,
      values: Record<string, string>,
      errors: FieldError[],
    ): Promise<void> {
      const [reader, recent, manufacturers] = await Promise.all([
        this.pages.readerFor(principal),
        this.replays.list(principal, { limit: RECENT_REPLAYS, offset: 0 }),
        audience.role === Role.Ops && this.onboarding ? this.onboarding.organisations(principal) : Promise.resolve(null),
      ]);
      await this.pages.send(request, reply, status, '@replays', {
        reader,
        current: 'replays',
        path,
        values,
        errors,
        recent: recent.items,
        manufacturers: manufacturers?.filter((o) => o.kind === 'manufacturer') ?? null,
        maxDays: MAX_REPLAY_DAYS,
      });
    }
  }
  return WorkspaceReplaysController;
}
