import { Controller, ExceptionFilter, Get, Inject, Post, Query, Req, Res, Type, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsSessionCookie, CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal } from '../auth/role';
import { AppConfig } from '../config/app-config';
import { PayoutAccounts } from '../payouts/payout-accounts.service';
import { PayoutsService } from '../payouts/payouts.service';
import { nextRunAfter } from '../resolution/run-schedule';
import { WorkspaceAudience } from './workspace-audience';
import { FormTokenGuard } from './workspace-csrf';
import { seeOther } from './workspace-form';
import { WorkspacePages } from './workspace-pages';

/** Payouts decided this long ago are listed on the page (older ones are on the statements of their periods). */
const SHOWN_DAYS = 120;

const NOTICES: Record<string, string> = {
  checked: 'Checked with the payment provider just now.',
};

/**
 * The "Payouts" settings of a workspace (the same page for retailers and manufacturers, shared view "@payouts"):
 * the payout account's state, what the provider still needs, the next payout date, holds, and recent payouts with
 * the lines each one paid.
 * - GET  {path}             the page; back from the provider's onboarding (`?returned=1`) it asks the provider first;
 * - GET  {path}/onboarding  an admin is sent to the provider's onboarding page (a fresh one-time link). It is a link,
 *   not a form, because it is also the provider's refresh address, and a form could not leave for the provider's
 *   site under this app's form-action policy;
 * - POST {path}/refresh     asks the provider again.
 */
export function workspacePayoutsController(
  audience: WorkspaceAudience,
  pagesType: Type<WorkspacePages>,
  filterType: Type<ExceptionFilter>,
  path: string,
  nav: { current: string; settingsNav?: boolean },
): Type<unknown> {
  @ApiExcludeController()
  @Controller(path.slice(1))
  @Roles(audience.role)
  @AcceptsSessionCookie()
  @UseFilters(filterType)
  @UseGuards(FormTokenGuard)
  class WorkspacePayoutsController {
    constructor(
      @Inject(PayoutAccounts) private readonly accounts: PayoutAccounts,
      @Inject(PayoutsService) private readonly payouts: PayoutsService,
      @Inject(AppConfig) private readonly config: AppConfig,
      @Inject(pagesType) private readonly pages: WorkspacePages,
    ) {}

    @Get()
    async show(
      @CurrentPrincipal() principal: Principal,
      @Query('returned') returned: unknown,
      @Query('done') done: unknown,
      @Req() request: FastifyRequest,
      @Res() reply: FastifyReply,
    ): Promise<void> {
      const account = returned === '1' ? await this.accounts.refresh(principal) : await this.accounts.view(principal);
      const now = new Date();
      const recent = await this.payouts.forFulfillerWithLines(principal, {
        from: new Date(now.getTime() - SHOWN_DAYS * 86_400_000).toISOString(),
        to: new Date(now.getTime() + 60_000).toISOString(),
      });
      await this.pages.send(request, reply, 200, '@payouts', {
        reader: await this.pages.readerFor(principal),
        current: nav.current,
        settingsNav: nav.settingsNav ?? false,
        notice: returned === '1' ? undefined : NOTICES[String(done)],
        returned: returned === '1',
        isAdmin: principal.isAdmin === true,
        account,
        nextPayoutAt: nextRunAfter(now, this.config.PAYOUT_CRON, this.config.RESOLVE_TZ),
        held: recent.filter((p) => p.status === 'held'),
        recent: recent.filter((p) => p.status !== 'held'),
        shownDays: SHOWN_DAYS,
        payoutPaths: { onboarding: `${path}/onboarding`, refresh: `${path}/refresh` },
      });
    }

    @Get('onboarding')
    async onboarding(@CurrentPrincipal() principal: Principal, @Res() reply: FastifyReply): Promise<void> {
      const { url } = await this.accounts.onboardingLink(principal);
      seeOther(reply, url);
    }

    @Post('refresh')
    async refresh(@CurrentPrincipal() principal: Principal, @Res() reply: FastifyReply): Promise<void> {
      await this.accounts.refresh(principal);
      seeOther(reply, `${path}?done=checked`);
    }
  }
  return WorkspacePayoutsController;
}
