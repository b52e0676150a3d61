import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { Page } from '../common/pagination.dto';
import { UuidParam } from '../common/params';
import { ApiErrors } from '../errors/api-errors.decorator';
import { OpsPaymentsService } from './ops-payments.service';
import { PaymentOperationPage, PaymentOperationQuery, PaymentOperationView } from './payments.dto';

@ApiTags('ops')
@ApiBearerAuth()
@Controller('ops/payments/operations')
@Roles(Role.Ops)
@ApiErrors(401, 403)
export class OpsPaymentsController {
  constructor(private readonly payments: OpsPaymentsService) {}

  @Get()
  @ApiOperation({ summary: 'Captures, cancels and refunds asked of the payment provider, oldest first; by default those not done yet' })
  @ApiOkResponse({ type: PaymentOperationPage })
  @ApiErrors(400)
  list(@CurrentPrincipal() principal: Principal, @Query() query: PaymentOperationQuery): Promise<Page<PaymentOperationView>> {
    return this.payments.list(principal, query);
  }

  @Post(':id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Runs a failed or stuck operation again, with its own idempotency key (nothing moves twice)' })
  @ApiOkResponse({ type: PaymentOperationView })
  @ApiErrors(404, 409)
  retry(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string): Promise<PaymentOperationView> {
    return this.payments.retry(principal, id);
  }
}
