import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { ApiErrors } from '../errors/api-errors.decorator';
import { Statement, StatementQuery } from './settlement.dto';
import { SettlementService } from './settlement.service';

@ApiTags('settlement')
@Controller(['retailer/statements', 'manufacturer/statements'])
@Roles(Role.Retailer, Role.Manufacturer)
@ApiErrors(401, 403)
export class SettlementController {
  constructor(private readonly settlement: SettlementService) {}

  @Get()
  @ApiOperation({ summary: 'Your statement for shipped orders in [from, to): fee, what you are owed, per order and per currency' })
  @ApiOkResponse({ type: Statement })
  @ApiErrors(400)
  statement(@CurrentPrincipal() principal: Principal, @Query() query: StatementQuery): Promise<Statement> {
    return this.settlement.statement(principal, query);
  }

  @Get('csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: 'The same statement as CSV, one line per shipped order' })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'A header line, then one line per shipped order; amounts in minor units',
    content: { 'text/csv': { schema: { type: 'string', maxLength: 50_000_000 } } },
  })
  @ApiErrors(400)
  csv(@CurrentPrincipal() principal: Principal, @Query() query: StatementQuery): Promise<string> {
    return this.settlement.statementCsv(principal, query);
  }
}
