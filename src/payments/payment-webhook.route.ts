import { Logger } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { PaymentsService } from './payments.service';

/** Where the payment provider posts its events (configure it in Stripe's dashboard as https://<your host>/this path). */
export const PAYMENT_WEBHOOK_PATH = '/api/v1/payments/webhook';
const WEBHOOK_BODY_LIMIT_BYTES = 512 * 1024;

/**
 * The provider's webhook. A Fastify route of its own rather than a Nest controller: the signature covers the exact
 * bytes sent, so this route keeps the body as a Buffer (the app's JSON parser stays as it is everywhere else).
 * 200 once handled or seen before; 400 for a bad signature (nothing changes); 5xx makes the provider send it again.
 */
export async function mountPaymentWebhook(app: NestFastifyApplication): Promise<void> {
  const payments = app.get(PaymentsService);
  const logger = new Logger('PaymentWebhook');
  await app
    .getHttpAdapter()
    .getInstance()
    .register(async (scope) => {
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: WEBHOOK_BODY_LIMIT_BYTES }, (_request, body, done) => done(null, body));
      scope.post(PAYMENT_WEBHOOK_PATH, async (request, reply) => {
        const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const signature = request.headers['stripe-signature'];
        try {
          return await payments.handleWebhook(body, typeof signature === 'string' ? signature : undefined);
        } catch (error) {
          if (error instanceof DomainError && error.code === ErrorCode.BadRequest) {
            return reply.status(400).send({ statusCode: 400, error: 'Bad Request', message: error.message });
          }
          logger.error({ err: error }, 'A payment webhook could not be handled; the provider will send it again');
          return reply.status(503).send({ statusCode: 503, error: 'Service Unavailable', message: 'Not handled yet; send it again later' });
        }
      });
    });
}
