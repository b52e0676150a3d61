import multipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { excerpt } from '../errors/quote';
import { MAX_IMAGE_BYTES, UploadedFile } from './image-storage';

const LIMITS = { fileSize: MAX_IMAGE_BYTES, files: 1, fields: 10, fieldSize: 4096, parts: 12 };

/**
 * Reads multipart/form-data bodies (image uploads) into `request.body` as field → text, and the file as an
 * UploadedFile, so form tokens and fields are checked as for any form. A file over MAX_IMAGE_BYTES is cut off and
 * marked, so the page or the API can say so instead of failing the request early. A body that does not parse as
 * multipart (no boundary, a part cut short), on any route, is a 400 saying so; the plugin's own limits keep their
 * 4xx (413 for too many parts).
 */
export async function registerMultipart(app: NestFastifyApplication): Promise<void> {
  await app.register(multipart, { throwFileSizeLimit: false, limits: LIMITS });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('preValidation', async (request) => {
      if (!request.isMultipart()) return;
      const body: Record<string, unknown> = {};
      try {
        for await (const part of request.parts()) {
          const value = part.type === 'file' ? new UploadedFile(await part.toBuffer(), part.file.truncated) : part.value;
          const earlier = body[part.fieldname];
          body[part.fieldname] = earlier === undefined ? value : [earlier, value].flat();
        }
      } catch (error) {
        const status = (error as { statusCode?: number }).statusCode;
        if (status && status >= 400 && status < 500) throw error;
        const why = error instanceof Error ? excerpt(error.message, 80) : 'unreadable';
        throw new DomainError(
          ErrorCode.BadRequest,
          `The multipart/form-data body could not be read (${why}); send it again whole, or send JSON with Content-Type: application/json`,
        );
      }
      request.body = body;
    });
}
