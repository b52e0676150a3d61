import { ArgumentsHost, Catch, ExceptionFilter, Injectable, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { storeSlugOf } from '../errors/error-page';
import { HttpErrorFilter, sendRetryAfter } from '../errors/http-error.filter';
import { Store } from '../stores/store.entity';
import { PREVIEW_COOKIE, StoresService } from '../stores/stores.service';
import { sendHtml } from './storefront-pages';
import { StorefrontRenderer } from './storefront-renderer';

const FAULT = 'Something went wrong on our side. Please try again in a moment.';
const GENERIC_NOT_FOUND = 'We could not find this page. The product may no longer be on sale, or the link may be mistyped.';

/**
 * Errors on store pages, as pages in the store's own branding (header, colours, a way back to the catalogue).
 * Only an address with no store behind it gets the neutral page. Statuses are the API's; faults say nothing
 * of their cause.
 */
@Injectable()
@Catch()
export class StorefrontPageFilter implements ExceptionFilter {
  private readonly apiErrors = new HttpErrorFilter();
  private readonly logger = new Logger('StorefrontPage');

  constructor(
    private readonly stores: StoresService,
    private readonly render: StorefrontRenderer,
  ) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const request = host.switchToHttp().getRequest<FastifyRequest<{ Params: { slug?: string } }>>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    await this.answer(exception, request, reply, request.params?.slug ?? storeSlugOf(request.url));
  }

  /**
   * Answers `exception` as the store's page (or the neutral page when `slug` names no store); also used for
   * errors raised before any route runs (bad encoding, NUL characters), where Nest's filters are not involved.
   */
  async answer(exception: unknown, request: FastifyRequest, reply: FastifyReply, slug: string): Promise<void> {
    const { statusCode, message } = this.apiErrors.toBody(exception, request);
    sendRetryAfter(exception, reply);
    if (statusCode >= 500) this.logger.error({ err: exception, reqId: request.id }, 'Store page failed');
    const store: Store | null = slug ? await this.stores.forShopper(slug, request.cookies?.[PREVIEW_COOKIE]).catch(() => null) : null;
    if (!store) {
      // A store-less address keeps its status: a badly encoded one is a 400, not a missing page.
      if (statusCode !== 404) {
        return sendHtml(reply, statusCode, this.render.page('error', null, { statusCode, message: statusCode >= 500 ? FAULT : message }));
      }
      return sendHtml(reply, 404, this.render.page('not-found', null, { message: 'There is no store at this address.' }));
    }
    if (statusCode === 404) {
      // Our own page messages are sentences for the shopper; the services' "Product not found" is not.
      const own = exception instanceof DomainError && exception.code === ErrorCode.NotFound && !/not found$/.test(exception.message);
      return sendHtml(reply, 404, this.render.page('not-found', store, { message: own ? message : GENERIC_NOT_FOUND }));
    }
    const shown = statusCode >= 500 ? FAULT : message;
    sendHtml(reply, statusCode, this.render.page('error', store, { statusCode, message: shown }));
  }
}
