import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ErrorResponse } from '../errors/api-errors.decorator';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../auth/auth.decorators';
import { RedisHealthIndicator } from './redis.health';

@ApiTags('health')
@Controller('health')
@Public()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Liveness: the process is up' })
  @ApiOkResponse({ schema: { type: 'object', properties: { status: { type: 'string', enum: ['ok'] } } } })
  alive(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiResponse({
    status: 503,
    description: 'A dependency is down: `message` names it, `details` has one entry per dependency',
    type: ErrorResponse,
    example: {
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'Not ready: redis down',
      details: { database: { status: 'up' }, redis: { status: 'down' } },
    },
  })
  @HealthCheck()
  @ApiOperation({ summary: 'Readiness: the database and Redis (or the in-process job runner) answer' })
  @ApiOkResponse({ description: 'Every dependency is up; `details` has one entry per dependency' })
  ready() {
    return this.health.check([() => this.database.pingCheck('database', { timeout: 3000 }), () => this.redis.check('redis')]);
  }
}
