import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, getSchemaPath, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, UsersOnly } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { UuidParam } from '../common/params';
import { ApiErrors } from '../errors/api-errors.decorator';
import { StatementQuery } from '../settlement/settlement.dto';
import { PayoutAccounts } from './payout-accounts.service';
import { OnboardingLink, Payout, PAYOUT_LIST_LIMIT, PayoutAccountView, PayoutWithLines } from './payouts.dto';
import { PayoutsService } from './payouts.service';

@ApiTags('payouts')
@ApiBearerAuth()
@ApiExtraModels(Payout)
@Controller(['retailer/payouts', 'manufacturer/payouts'])
@Roles(Role.Retailer, Role.Manufacturer)
@ApiErrors(401, 403)
export class PayoutsController {
  constructor(
    private readonly accounts: PayoutAccounts,
    private readonly payouts: PayoutsService,
  ) {}

  @Get('account')
  @ApiOperation({ summary: 'Your payout account: not set up, onboarding (what the provider still needs) or enabled' })
  @ApiOkResponse({ type: PayoutAccountView })
  account(@CurrentPrincipal() principal: Principal): Promise<PayoutAccountView> {
    return this.accounts.view(principal);
  }

  @Post('account/refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ask the provider how your account stands now; held payouts are paid once it is enabled' })
  @ApiOkResponse({ type: PayoutAccountView })
  @ApiErrors(503)
  refresh(@CurrentPrincipal() principal: Principal): Promise<PayoutAccountView> {
    return this.accounts.refresh(principal);
  }

  @Post('account/onboarding')
  @UsersOnly()
  @HttpCode(200)
  @ApiOperation({ summary: "Admins: set up or continue your payout account on the provider's onboarding page (a one-time link)" })
  @ApiOkResponse({ type: OnboardingLink })
  @ApiErrors(409, 503)
  onboarding(@CurrentPrincipal() principal: Principal): Promise<OnboardingLink> {
    return this.accounts.onboardingLink(principal);
  }

  @Get()
  @ApiOperation({ summary: 'Your payouts decided in [from, to), newest first: paid, pending, held, carried forward' })
  @ApiOkResponse({ schema: { type: 'array', maxItems: PAYOUT_LIST_LIMIT, items: { $ref: getSchemaPath(Payout) } } })
  @ApiErrors(400)
  list(@CurrentPrincipal() principal: Principal, @Query() query: StatementQuery): Promise<Payout[]> {
    return this.payouts.forFulfiller(principal, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One of your payouts with the statement lines it pays' })
  @ApiOkResponse({ type: PayoutWithLines })
  @ApiErrors(404)
  one(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string): Promise<PayoutWithLines> {
    return this.payouts.oneForFulfiller(principal, id);
  }
}
