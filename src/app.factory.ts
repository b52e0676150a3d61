import fastifyCookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { AppModule } from './app.module';
import { AppConfig } from './config/app-config';
import { HttpErrorFilter } from './errors/http-error.filter';
import { NoBodyInterceptor } from './errors/no-body.interceptor';
import { completeOpenApiDocument } from './errors/openapi-document';
import { answerRouterError, guardRequestEdge } from './errors/request-edge';
import { createValidationPipe } from './errors/validation';
import { recordHttpLatency } from './metrics/http-latency';
import { CONSOLE_PAGE_ROUTES } from './ops-console/console-paths';
import { mountQueueDashboard } from './ops-console/queue-dashboard';
import { WORKSPACE_ASSET_ROUTES } from './workspace/workspace-assets.controller';
import { pageRoutes } from './workspace/workspace-audience';
import { RETAILER_PAGE_CONTROLLERS } from './retailer-workspace/retailer-workspace.module';

export const API_PREFIX = 'api/v1';

/** Builds the whole HTTP app; main.ts listens on it, tests drive it with supertest. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.BODY_LIMIT_BYTES,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    frameworkErrors: answerRouterError,
  });
  // One request id end to end: the client's X-Request-Id when sent, else ours; logged and echoed back.
  adapter.getInstance().addHook('onRequest', async (request, reply) => {
    request.raw.headers['x-request-id'] = request.id;
    reply.header('x-request-id', request.id);
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  recordHttpLatency(app);
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
      { path: 's/{*page}', method: RequestMethod.ALL },
      ...CONSOLE_PAGE_ROUTES,
      ...WORKSPACE_ASSET_ROUTES.map((path) => ({ path, method: RequestMethod.GET })),
      ...pageRoutes(RETAILER_PAGE_CONTROLLERS),
    ],
  });
  guardRequestEdge(app, config.BODY_LIMIT_BYTES);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalInterceptors(new NoBodyInterceptor());
  app.useGlobalFilters(new HttpErrorFilter());
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'https:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyCookie);
  await mountQueueDashboard(app, config);

  const openApi = new DocumentBuilder()
    .setTitle('Nearfill API')
    .setDescription(
      'Manufacturer-to-retailer order fulfilment. Errors are always `{ statusCode, error, message }`; unknown body fields are rejected.',
    )
    .setVersion('1')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description:
        'Access token from POST /api/v1/auth/login, handled as RFC8725 (JSON Web Token Best Current Practices) asks: ' +
        'one algorithm (HS256) accepted, signature and expiry checked, short-lived (JWT_TTL_SECONDS).',
    })
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }, 'api-key')
    .build();
  SwaggerModule.setup('docs', app, () => completeOpenApiDocument(SwaggerModule.createDocument(app, openApi)), {
    jsonDocumentUrl: 'docs-json',
  });
  return app;
}
