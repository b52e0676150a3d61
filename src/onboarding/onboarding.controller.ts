import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { Role } from '../auth/role';
import { ApiErrors } from '../errors/api-errors.decorator';
import { OnboardedTenant, OnboardTenantDto, TenantView } from './onboarding.dto';
import { OnboardingService } from './onboarding.service';

@ApiTags('ops')
@ApiBearerAuth()
@Controller('ops')
@Roles(Role.Ops)
@ApiErrors(401, 403)
export class OnboardingController {
  constructor(private readonly onboarding: OnboardingService) {}

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

  @Get('retailers')
  @ApiOperation({ summary: 'All retailers' })
  @ApiOkResponse({ type: [TenantView] })
  listRetailers(): Promise<TenantView[]> {
    return this.onboarding.listRetailers();
  }
}
