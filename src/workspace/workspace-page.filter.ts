import { ArgumentsHost, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { HttpErrorFilter } from '../errors/http-error.filter';
import { safeNext, signInPath } from './workspace-audience';
import { RefusedFormError } from './workspace-csrf';
import { WorkspacePages } from './workspace-pages';

const wantsHtml = (request: FastifyRequest) => (request.headers.accept ?? '').includes('text/html');

const HEADINGS: Record<number, string> = {
  400: 'This request is not valid',
  403: 'Not allowed',
  404: 'Not found',
  409: 'That cannot be done now',
  413: 'That is too large',
  422: 'That cannot be done',
  429: 'Too many attempts',
  500: 'Something went wrong',
};

/**
 * Errors on workspace pages, for people: no session sends the browser to sign in (and back afterwards), an
 * account of another kind and a refused form get a page that says what to do, any other 4xx/5xx a page with the
 * API's own message. A script that does not ask for HTML gets the API's JSON. Each audience extends this with its
 * pages (`@Catch() class RetailerPageFilter extends WorkspacePageFilter`).
 */
export abstract class WorkspacePageFilter implements ExceptionFilter {
  private readonly apiErrors = new HttpErrorFilter();
  private readonly logger = new Logger('WorkspacePage');

  protected constructor(private readonly pages: WorkspacePages) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (!wantsHtml(request) && !(exception instanceof RefusedFormError)) return this.apiErrors.catch(exception, host);
    const audience = this.pages.audience;
    const page = (status: number, heading: string, message: string, back?: { href: string; label: string }) =>
      this.pages.sendProblem(request, reply, status, { heading, message, back });

    if (exception instanceof DomainError && exception.code === ErrorCode.Unauthenticated) {
      // A form posted after the session ended cannot be replayed: land on the workspace's home instead.
      const next = encodeURIComponent(request.method === 'GET' ? safeNext(audience, request.url) : audience.home);
      reply
        .status(303)
        .header('Location', `${signInPath(audience)}?next=${next}`)
        .send();
      return;
    }
    if (exception instanceof DomainError && exception.code === ErrorCode.Forbidden && !(request as { principal?: unknown }).principal) {
      return page(403, `For ${audience.audienceName} only`, `${exception.message}. Sign out, then sign in with the right account.`);
    }
    if (exception instanceof RefusedFormError) {
      return page(
        403,
        'This form was not accepted',
        'It did not come from a page of this workspace, or the page was opened before you last signed in. Nothing was changed. Go back, reload the page and send the form again.',
        { href: audience.home, label: 'Back to the workspace' },
      );
    }
    const { statusCode, message } = this.apiErrors.toBody(exception, request);
    if (statusCode >= 500) this.logger.error({ err: exception, reqId: request.id }, 'Unhandled error on a workspace page');
    const sentence = /[.!?]$/.test(message) ? message : `${message}.`;
    page(statusCode, HEADINGS[statusCode] ?? HEADINGS[statusCode >= 500 ? 500 : 400], sentence, {
      href: audience.home,
      label: 'Back to the workspace',
    });
  }
}
