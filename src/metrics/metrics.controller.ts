import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Registry } from 'prom-client';
import { AlsoAllow, Roles } from '../auth/auth.decorators';
import { Role } from '../auth/role';
import { ApiErrors } from '../errors/api-errors.decorator';
import { MetricsService } from './metrics.service';
import { ScrapeTokenGuard } from './scrape-token.guard';

@ApiTags('ops')
@Controller('metrics')
@Roles(Role.Ops)
@AlsoAllow(ScrapeTokenGuard)
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get()
  @Header('Content-Type', Registry.PROMETHEUS_CONTENT_TYPE)
  @ApiOperation({
    summary: 'Prometheus metrics: for an ops user, or a scraper sending "Authorization: Bearer <METRICS_TOKEN>"',
  })
  @ApiProduces(Registry.PROMETHEUS_CONTENT_TYPE)
  @ApiOkResponse({ description: 'Prometheus text exposition format' })
  @ApiErrors(401, 403)
  scrape(): Promise<string> {
    return this.metrics.render();
  }
}
