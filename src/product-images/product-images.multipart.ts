import multipart, { MultipartFile } from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { MAX_IMAGE_BYTES, UploadedFile } from './product-images.service';

/**
 * Reads multipart/form-data bodies (image uploads) into `request.body` as field → text, and the file as an
 * UploadedFile, so form tokens and fields are checked as for any form. A file over MAX_IMAGE_BYTES is cut off and
 * marked, so the page or the API can say so instead of failing the request early.
 */
export async function registerMultipart(app: NestFastifyApplication): Promise<void> {
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    throwFileSizeLimit: false,
    limits: { fileSize: MAX_IMAGE_BYTES, files: 1, fields: 10, fieldSize: 4096, parts: 12 },
    async onFile(part: MultipartFile & { value?: unknown }) {
      const bytes = await part.toBuffer();
      part.value = new UploadedFile(bytes, part.file.truncated);
    },
  });
}
