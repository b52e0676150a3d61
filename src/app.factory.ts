import fastifyCookie from '@fastify/cookie';
import compress from '@fastify/compress';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { RequestMethod } from '@nestjs/common';
import { ModulesContainer, NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { AppModule } from './app.module';
import { loadPasswordDictionaries } from './auth/password-strength';
import type { DestinationStream } from 'pino';
import { documentSecurity, operationId, SECURITY_SCHEMES } from './auth/openapi-security';
import { AppConfig } from './config/app-config';
import { CSV_BODY_LIMIT_BYTES } from './inventory/inventory.controller';
import { HttpErrorFilter } from './errors/http-error.filter';
import { NoBodyInterceptor } from './errors/no-body.interceptor';
import type { StorePageAnswer } from './errors/error-page';
import { completeOpenApiDocument } from './errors/openapi-document';
import { encodeLocationHeaders, guardRequestEdge, routerErrorAnswer } from './errors/request-edge';
import { StorefrontPageFilter } from './storefront/storefront-page.filter';
import { createValidationPipe } from './errors/validation';
import { logEachRequestOnce, QuietStartLogger } from './logging/logging';
import { recordHttpLatency } from './metrics/http-latency';
import { MANUFACTURER_PAGE_CONTROLLERS } from './manufacturer-workspace/manufacturer-workspace.module';
import { MEDIA_ROUTES } from './product-images/product-images.controller';
import { registerMultipart } from './product-images/product-images.multipart';
import { OPS_PAGE_CONTROLLERS } from './ops-console/ops-console.module';
import { mountPaymentWebhook } from './payments/payment-webhook.route';
import { TEST_PAYMENT_ROUTES } from './payments/test-payment-page.controller';
import { mountQueueDashboard } from './ops-console/queue-dashboard';
import { WORKSPACE_ASSET_ROUTES } from './workspace/workspace-assets.controller';
import { pageRoutes } from './workspace/workspace-audience';
import { prepareMapDetail } from './workspace/workspace-map';
import { RETAILER_PAGE_CONTROLLERS } from './retailer-workspace/retailer-workspace.module';

export const API_PREFIX = 'api/v1';

/** What each tag of the API is for, shown above its operations at /docs (a tag without one fails the OpenAPI test). */
const API_TAGS: Record<string, string> = {
  public:
    "A brand's store without signing in: its products, placing an order (with an Idempotency-Key), following it by its tracking token, pickups, returns and ratings.",
  auth: 'Signing in for an access token (sent as "Authorization: Bearer <accessToken>"), and who the credentials act as.',
  team: "An organisation's admins add and disable their colleagues.",
  manufacturer: "A manufacturer's store, catalogue, pictures, dealer approvals, its orders, and its dealers' stock feeds.",
  retailer:
    "A retailer's locations, the bid board (by area, nearest first), bids, won orders, stock counts and automatic bids, pickups, API keys (X-Api-Key) and its webhook.",
  fulfilment: 'Whoever was awarded an order ships it with a carrier and tracking number and marks it delivered; a retailer may decline it.',
  returns: 'Whoever fulfilled an order approves or refuses its returns, and marks their goods received (the refund and the statement follow).',
  ratings: "Customers' ratings of fulfilments and each dealer's record.",
  payouts:
    "Fulfillers' payout accounts with the payment provider (onboarding on the provider's page), and the transfers that pay their statements' nets.",
  insight:
    "Fulfilment insight per period and currency: who fulfilled a store's orders, distances against its warehouse, km and estimated shipping cost saved, times, ratings and the dealer table, as JSON or CSV; the rate table of the estimate.",
  settlement: 'Statements per period: per shipped order the payment, the platform fee and the net, with totals per currency, as JSON or CSV.',
  ops: 'Onboarding, orders and the board for support, resolution runs, bidding windows, notifications, e-mails and metrics.',
  replays:
    "What-if replays for ops and manufacturers: a past period's orders and bids awarded again by the award rule under a policy to try; nothing but the replay is written.",
  health: 'Liveness and readiness for load balancers and orchestrators.',
};

/** The OpenAPI document the app serves at /docs-json; also what client/ is generated from. */
export function openApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Nearfill API')
    .setDescription(
      'Manufacturer-to-retailer order fulfilment. Errors are always `{ statusCode, error, message }`; unknown body fields are rejected.',
    )
    .setVersion('1')
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description:
          'Access token from POST /api/v1/auth/login, handled as RFC8725 (JSON Web Token Best Current Practices) asks: ' +
          'one algorithm (HS256) accepted, signature and expiry checked, short-lived (JWT_TTL_SECONDS). ' +
          'GET /metrics also takes the scraper token METRICS_TOKEN here.',
      },
      SECURITY_SCHEMES.bearer,
    )
    .addApiKey(
      { type: 'apiKey', in: 'header', name: 'X-Api-Key', description: "A retailer's API key (POST /api/v1/retailer/api-keys)" },
      SECURITY_SCHEMES.apiKey,
    );
  for (const [name, description] of Object.entries(API_TAGS)) builder.addTag(name, description);
  const generated = SwaggerModule.createDocument(app, builder.build(), { operationIdFactory: operationId });
  documentSecurity(generated, app.get(ModulesContainer));
  return completeOpenApiDocument(generated);
}

/** Builds the whole HTTP app; main.ts listens on it, tests drive it with supertest (and may read its log lines). */
export async function createApp(config: AppConfig, logStream?: DestinationStream): Promise<NestFastifyApplication> {
  // Errors before routing on a store address are the store's page; the store pages exist once the app does.
  let storePage: StorePageAnswer = () => Promise.reject(new Error('The app is still starting'));
  const adapter = new FastifyAdapter({
    // "/s/cascade-cycles/" is the same page as "/s/cascade-cycles".
    routerOptions: { ignoreTrailingSlash: true },
    bodyLimit: config.BODY_LIMIT_BYTES,
    // The client's address counts failed sign-ins; behind a proxy it comes from X-Forwarded-For, if trusted.
    trustProxy: config.trustProxy,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    frameworkErrors: routerErrorAnswer(() => storePage),
  });
  // Inventory feeds arrive as CSV files of up to 100,000 rows: their own parser, with a larger limit than JSON bodies.
  adapter
    .getInstance()
    .addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: CSV_BODY_LIMIT_BYTES }, (_request, body, done) => done(null, body));
  // One request id end to end: the client's X-Request-Id when sent, else ours; logged and echoed back.
  // Browsers may read answers only from the app's own pages: the one allowed origin is stated on every answer
  // (documented on every operation) rather than left to the absence of CORS headers.
  const ownOrigin = new URL(config.PUBLIC_BASE_URL).origin;
  adapter.getInstance().addHook('onRequest', async (request, reply) => {
    request.raw.headers['x-request-id'] = request.id;
    reply.header('x-request-id', request.id);
    reply.header('access-control-allow-origin', ownOrigin);
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, logStream), adapter, {
    bufferLogs: true,
    // A failed start rejects (main.ts says why in one line) instead of aborting the process.
    abortOnError: false,
  });
  app.useLogger(new QuietStartLogger(app.get(Logger)));
  logEachRequestOnce(app);
  recordHttpLatency(app);
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
      { path: '/', method: RequestMethod.GET },
      { path: 's/{*page}', method: RequestMethod.ALL },
      ...TEST_PAYMENT_ROUTES.map((path) => ({ path, method: RequestMethod.ALL })),
      // The test provider's onboarding page for fulfillers (no Stripe key configured).
      { path: 'test-payouts/{*page}', method: RequestMethod.ALL },
      ...pageRoutes(OPS_PAGE_CONTROLLERS),
      ...pageRoutes(MANUFACTURER_PAGE_CONTROLLERS),
      ...WORKSPACE_ASSET_ROUTES.map((path) => ({ path, method: RequestMethod.GET })),
      ...pageRoutes(RETAILER_PAGE_CONTROLLERS),
      ...MEDIA_ROUTES.map((path) => ({ path, method: RequestMethod.GET })),
    ],
  });
  const storePages = app.get(StorefrontPageFilter);
  storePage = (exception, request, reply, slug) => storePages.answer(exception, request, reply, slug);
  guardRequestEdge(app, config.BODY_LIMIT_BYTES, storePage);
  encodeLocationHeaders(app);
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
        // Checkout's form answers with a redirect to Stripe's hosted payment page, which form-action also governs.
        formAction: ["'self'", 'https://checkout.stripe.com'],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyCookie);
  await registerMultipart(app);
  // Pages, JSON and SVG compressed (brotli or gzip, as the client accepts); tiny bodies are not worth it.
  await app.register(compress, { threshold: 1024 });
  await app.register(fastifyStatic, { root: join(__dirname, 'storefront', 'assets'), prefix: '/assets/', decorateReply: false, maxAge: '1d' });
  const http = app.getHttpAdapter().getInstance();
  http.get('/favicon.ico', (_request, reply) => reply.redirect('/assets/favicon.svg', 301));
  await mountQueueDashboard(app, config);
  await mountPaymentWebhook(app);

  SwaggerModule.setup('docs', app, () => openApiDocument(app), { jsonDocumentUrl: 'docs-json' });
  // What a first request would otherwise load, loaded before the app listens (the views were compiled with their
  // renderers): the first and the hundredth request of a page take the same time. See docs/pages.md, "Page speed".
  loadPasswordDictionaries();
  prepareMapDetail();
  return app;
}
