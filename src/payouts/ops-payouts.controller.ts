import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiExtraModels,
  getSchemaPath,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { UuidParam } from '../common/params';
import { ApiErrors } from '../errors/api-errors.decorator';
import { StatementQuery } from '../settlement/settlement.dto';
import { Payout, PAYOUT_LIST_LIMIT, PAYOUT_RUN_LIST_LIMIT, PayoutListQuery, PayoutRun, PayoutWithLines, Reconciliation } from './payouts.dto';
import { PayoutsService } from './payouts.service';
import { ReconciliationService } from './reconciliation.service';

@ApiTags('ops')
@ApiBearerAuth()
@ApiExtraModels(Payout, PayoutRun)
@Controller('ops')
@Roles(Role.Ops)
@ApiErrors(401, 403)
export class OpsPayoutsController {
  constructor(
    private readonly payouts: PayoutsService,
    private readonly reconciliation: ReconciliationService,
  ) {}

  @Get('payout-runs')
  @ApiOperation({ summary: 'Payout runs, newest first, with their payouts counted by state and the amounts paid' })
  @ApiOkResponse({ schema: { type: 'array', maxItems: PAYOUT_RUN_LIST_LIMIT, items: { $ref: getSchemaPath(PayoutRun) } } })
  runs(@CurrentPrincipal() principal: Principal): Promise<PayoutRun[]> {
    return this.payouts.runs(principal);
  }

  @Post('payout-runs')
  @HttpCode(202)
  @ApiOperation({ summary: 'Pay out now what the schedule would pay: every line dated up to now; proceeds in the background' })
  @ApiAcceptedResponse({ schema: { type: 'object', properties: { slotKey: { type: 'string', maxLength: 100 } } } })
  runNow(@CurrentPrincipal() principal: Principal): Promise<{ slotKey: string }> {
    return this.payouts.runNow(principal);
  }

  @Get('payouts')
  @ApiOperation({ summary: 'Payouts newest first, optionally by state (held and failed need attention)' })
  @ApiOkResponse({ schema: { type: 'array', maxItems: PAYOUT_LIST_LIMIT, items: { $ref: getSchemaPath(Payout) } } })
  @ApiErrors(400)
  list(@CurrentPrincipal() principal: Principal, @Query() query: PayoutListQuery): Promise<Payout[]> {
    return this.payouts.list(principal, query);
  }

  @Get('payouts/:id')
  @ApiOperation({ summary: 'One payout with its statement lines' })
  @ApiOkResponse({ type: PayoutWithLines })
  @ApiErrors(404)
  one(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string): Promise<PayoutWithLines> {
    return this.payouts.one(principal, id);
  }

  @Post('payouts/:id/retry')
  @HttpCode(204)
  @ApiOperation({ summary: 'Try a failed payout again, with the same idempotency key (it is never paid twice)' })
  @ApiNoContentResponse()
  @ApiErrors(404, 409)
  retry(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string): Promise<void> {
    return this.payouts.retry(principal, id);
  }

  @Get('reconciliation')
  @ApiOperation({
    summary:
      "Per currency for [from, to): captured − refunded against the statements' customer totals, transferred against the fulfillers' nets; differences 0 expected",
  })
  @ApiOkResponse({ type: Reconciliation })
  @ApiErrors(400)
  reconcile(@CurrentPrincipal() principal: Principal, @Query() query: StatementQuery): Promise<Reconciliation> {
    return this.reconciliation.reconcile(principal, query);
  }
}
