import { BadRequestException, Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UserView } from '../auth/auth.dto';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { UsersService } from '../auth/users.service';
import { ApiErrors } from '../errors/api-errors.decorator';
import { OnboardedTenant, OnboardTenantDto, OrganisationUsersQuery, OrganisationView, TenantView } from './onboarding.dto';
import { OnboardingService } from './onboarding.service';
import { UuidParam } from '../common/params';

@ApiTags('ops')
@Controller('ops')
@Roles(Role.Ops)
@ApiErrors(401, 403)
export class OnboardingController {
  constructor(
    private readonly onboarding: OnboardingService,
    private readonly users: UsersService,
  ) {}

  @Post('manufacturers')
  @ApiOperation({ summary: 'Onboard a manufacturer with its first admin user' })
  @ApiCreatedResponse({ type: OnboardedTenant })
  @ApiErrors(400, 409)
  onboardManufacturer(@Body() body: OnboardTenantDto): Promise<OnboardedTenant> {
    return this.onboarding.onboardManufacturer(body);
  }

  @Get('manufacturers')
  @ApiOperation({ summary: 'All manufacturers' })
  @ApiOkResponse({ type: [TenantView] })
  listManufacturers(): Promise<TenantView[]> {
    return this.onboarding.listManufacturers();
  }

  @Post('retailers')
  @ApiOperation({ summary: 'Onboard a retailer with its first admin user' })
  @ApiCreatedResponse({ type: OnboardedTenant })
  @ApiErrors(400, 409)
  onboardRetailer(@Body() body: OnboardTenantDto): Promise<OnboardedTenant> {
    return this.onboarding.onboardRetailer(body);
  }

  @Get('organisations')
  @ApiOperation({ summary: 'Every manufacturer and retailer with its user counts, newest first' })
  @ApiOkResponse({ type: [OrganisationView] })
  organisations(@CurrentPrincipal() principal: Principal): Promise<OrganisationView[]> {
    return this.onboarding.organisations(principal);
  }

  @Get('users')
  @ApiOperation({ summary: "One organisation's users: pass manufacturerId or retailerId" })
  @ApiOkResponse({ type: [UserView] })
  @ApiErrors(400)
  organisationUsers(@CurrentPrincipal() principal: Principal, @Query() query: OrganisationUsersQuery): Promise<UserView[]> {
    if (!query.manufacturerId === !query.retailerId) throw new BadRequestException('Pass exactly one of manufacturerId or retailerId');
    return this.users.listOrganisation(principal, query);
  }

  @Post('users/:id/disable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Disable any user (not yourself); their sign-ins and tokens stop working at once' })
  @ApiOkResponse({ type: UserView })
  @ApiErrors(400, 404, 409)
  disable(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string): Promise<UserView> {
    return this.users.disableByOps(principal, id);
  }

  @Get('retailers')
  @ApiOperation({ summary: 'All retailers' })
  @ApiOkResponse({ type: [TenantView] })
  listRetailers(): Promise<TenantView[]> {
    return this.onboarding.listRetailers();
  }
}
