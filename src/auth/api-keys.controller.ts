import { Body, Controller, Delete, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../errors/api-errors.decorator';
import { ApiKeysService } from './api-keys.service';
import { CurrentPrincipal, Roles, UsersOnly } from './auth.decorators';
import { ApiKeyView, CreatedApiKey, NewApiKeyDto } from './auth.dto';
import { Principal, Role } from './role';
import { UuidParam } from '../common/params';

@ApiTags('retailer')
@Controller('retailer/api-keys')
@Roles(Role.Retailer)
@UsersOnly()
@ApiErrors(401, 403)
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Post()
  @ApiOperation({ summary: 'Create an API key for your own systems; the key is shown only in this response' })
  @ApiCreatedResponse({ type: CreatedApiKey })
  @ApiErrors(400)
  create(@CurrentPrincipal() principal: Principal, @Body() body: NewApiKeyDto): Promise<CreatedApiKey> {
    return this.apiKeys.create(principal, body.name);
  }

  @Get()
  @ApiOperation({ summary: "Your organisation's API keys (prefix only)" })
  @ApiOkResponse({ type: [ApiKeyView] })
  list(@CurrentPrincipal() principal: Principal): Promise<ApiKeyView[]> {
    return this.apiKeys.list(principal);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Revoke an API key; it stops working at once' })
  @ApiOkResponse({ type: ApiKeyView })
  @ApiErrors(404)
  revoke(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string): Promise<ApiKeyView> {
    return this.apiKeys.revoke(principal, id);
  }
}
