import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Histogram } from 'prom-client';
import { MetricsService } from './metrics.service';

/** Times every HTTP response; called while the app is built, before it starts listening. */
export function recordHttpLatency(app: NestFastifyApplication): void {
  const latency = new Histogram({
    name: 'nearfill_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'],
    registers: [app.get(MetricsService).registry],
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onResponse', async (request, reply) => {
      // The registered pattern (/api/v1/retailer/bids/:orderId), never the raw URL: ids would make a series per order.
      const route = request.routeOptions.url ?? 'unmatched';
      latency.observe({ method: request.method, route, status_code: reply.statusCode }, reply.elapsedTime / 1000);
    });
}
