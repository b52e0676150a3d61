import { LoggerService, RequestMethod } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger, LoggerModule, PinoLogger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import { loggableError, loggableUrl } from '../common/log-privacy';
import { AppConfig } from '../config/app-config';

/**
 * The app's logger: pino, JSON lines for machines, pino-pretty when a person watches a terminal; `logStream`
 * takes the lines instead of stdout (tests read them). Requests are logged by `logEachRequestOnce`, not by
 * pino-http's own "request completed" (Nest mounts its middleware once per route pattern, so requests outside
 * the API prefix were logged twice).
 */
export function loggerModule(config: AppConfig, logStream?: DestinationStream, pretty = !logStream && process.stdout.isTTY === true) {
  const pinoHttp: Options = {
    level: config.LOG_LEVEL,
    autoLogging: false,
    genReqId: (request) => (request.headers['x-request-id'] as string | undefined) ?? randomUUID(),
    // Never a customer's data or a tracking token in a log line (common/log-privacy.ts).
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: loggableUrl(req.url) }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: loggableError,
    },
    redact: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'],
    ...(pretty ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', singleLine: true } } } : {}),
  };
  return LoggerModule.forRoot({
    forRoutes: [{ path: '{/*splat}', method: RequestMethod.ALL }],
    pinoHttp: logStream ? [pinoHttp, logStream] : pinoHttp,
  });
}

/** One line per answered request, whatever route (or none) it matched: method, URL, status and time in ms. */
export function logEachRequestOnce(app: NestFastifyApplication): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onResponse', async (request, reply) => {
      const entry = {
        req: { id: request.id, method: request.method, url: loggableUrl(request.url) },
        res: reply.raw,
        responseTime: Math.round(reply.elapsedTime),
      };
      if (reply.statusCode >= 500) PinoLogger.root.error(entry, 'request errored');
      else PinoLogger.root.info(entry, 'request completed');
    });
}

// Nest's start-up chatter: one line per module and per route (about 150), useful only when debugging.
const START_UP_DETAIL = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/** The app's logger with Nest's module and route-mapping lines moved down to debug. */
export class QuietStartLogger implements LoggerService {
  constructor(private readonly inner: Logger) {}

  log(message: unknown, ...rest: unknown[]) {
    if (START_UP_DETAIL.has(rest[rest.length - 1] as string)) this.inner.debug(message, ...rest);
    else this.inner.log(message, ...rest);
  }
  error(message: unknown, ...rest: unknown[]) {
    this.inner.error(message, ...rest);
  }
  warn(message: unknown, ...rest: unknown[]) {
    // Nest's path converter warns about the store's catch-all route ("/s/:slug/*") while matching middleware to
    // routes, although Fastify's router takes that route as it is.
    if (rest[rest.length - 1] === 'LegacyRouteConverter') this.inner.debug(message, ...rest);
    else this.inner.warn(message, ...rest);
  }
  debug(message: unknown, ...rest: unknown[]) {
    this.inner.debug(message, ...rest);
  }
  verbose(message: unknown, ...rest: unknown[]) {
    this.inner.verbose(message, ...rest);
  }
  fatal(message: unknown, ...rest: unknown[]) {
    this.inner.fatal(message, ...rest);
  }
}
