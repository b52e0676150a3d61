import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { Repository } from 'typeorm';
import type { ImageVariant } from '../catalog/product.entity';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { ProductImage } from './product-image.entity';

/** Largest picture accepted, in bytes (8 MiB: a full-size phone photo). */
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
/** Where the copies are served: `${IMAGE_PATH}/<key>`, outside the JSON API (product pictures, logos and hero pictures alike). */
export const IMAGE_PATH = '/media/products';
// Formats recognised by their bytes (never by file name or the browser's claimed type).
const ACCEPTED_FORMATS = ['jpeg', 'png', 'webp'];
// About 50 megapixels: larger pictures cost too much memory to decode.
const MAX_INPUT_PIXELS = 50_000_000;

/** A file part of a multipart body, read by the multipart plugin (see product-images.multipart.ts). */
export class UploadedFile {
  constructor(
    readonly bytes: Buffer,
    /** True when the file was longer than MAX_IMAGE_BYTES and was cut off. */
    readonly tooLarge: boolean,
  ) {}
}

/** An upload as sent by a page's form or the API: `image` (the file) and optional `imageAlt` (at most 300 characters). */
export interface ImageUpload {
  image: UploadedFile;
  imageAlt?: string;
}

/**
 * A multipart body as an ImageUpload; throws a 400 DomainError naming the field when the file is missing or empty
 * (a form sent with no file chosen), a part is unknown, the file is too large or a text part is not text.
 * `what` names the picture in the messages ("a logo image"); `fields` are the parts allowed besides the file.
 */
export function readImageUpload(body: unknown, what = 'an image file', fields: readonly string[] = ['imageAlt']): ImageUpload {
  const parts = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const image = parts.image;
  if (!(image instanceof UploadedFile) || image.bytes.length === 0) {
    throw new DomainError(ErrorCode.BadRequest, `Choose ${what} (JPEG, PNG or WebP)`, 'image');
  }
  const unknown = Object.keys(parts).find((key) => key !== 'image' && !fields.includes(key));
  if (unknown) throw new DomainError(ErrorCode.BadRequest, `${unknown.slice(0, 50)} is not a field of this upload`, unknown.slice(0, 50));
  if (image.tooLarge)
    throw new DomainError(ErrorCode.BadRequest, `The image is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB; choose a smaller one`, 'image');
  const alt = parts.imageAlt;
  if (alt !== undefined && (typeof alt !== 'string' || alt.length > 300)) {
    throw new DomainError(ErrorCode.BadRequest, 'Shorten "What the picture shows" to 300 characters or fewer', 'imageAlt');
  }
  return { image, imageAlt: typeof alt === 'string' ? alt.trim() : undefined };
}

/**
 * Uploaded pictures of a manufacturer (product pictures, the store's logo and hero): checked by content, resized to
 * WebP copies, kept in the database (every instance serves them without shared disks) under the hash of their bytes.
 */
@Injectable()
export class ImageStorage {
  constructor(@InjectRepository(ProductImage) private readonly images: Repository<ProductImage>) {}

  /**
   * Stores copies of `bytes` at `widths` CSS pixels (never enlarged: a narrower original keeps its own width) and
   * returns them narrowest first with their addresses. Throws 422 when the bytes are not a JPEG, PNG or WebP picture.
   */
  async save(manufacturerId: string, bytes: Buffer, widths: readonly number[]): Promise<ImageVariant[]> {
    const copies = await resize(bytes, widths);
    await this.images
      .createQueryBuilder()
      .insert()
      .values(copies.map((c) => ({ key: c.key, width: c.width, content: c.content, manufacturerId })))
      .orIgnore()
      .execute();
    return copies.map((c) => ({ width: c.width, url: `${IMAGE_PATH}/${c.key}` }));
  }

  /** One stored copy by its key, for serving; null when there is none. Copies are public, like the storefront. */
  async find(key: string): Promise<Pick<ProductImage, 'content'> | null> {
    return this.images.findOne({ where: { key }, select: { key: true, content: true } });
  }
}

async function resize(bytes: Buffer, widths: readonly number[]): Promise<{ key: string; width: number; content: Buffer }[]> {
  const source = () => sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
  let metadata: sharp.Metadata;
  try {
    metadata = await source().metadata();
  } catch {
    throw notAPicture();
  }
  if (!metadata.format || !ACCEPTED_FORMATS.includes(metadata.format) || !metadata.width) throw notAPicture();
  const targets = [...new Set(widths.map((w) => Math.min(w, metadata.width)))].sort((a, b) => a - b);
  try {
    return await Promise.all(
      targets.map(async (width) => {
        // rotate(): phones store the camera's orientation in EXIF; the copies are upright and carry no metadata.
        const { data, info } = await source()
          .rotate()
          .resize({ width, withoutEnlargement: true })
          .webp({ quality: 80 })
          .toBuffer({ resolveWithObject: true });
        return { key: `${createHash('sha256').update(data).digest('hex').slice(0, 32)}.webp`, width: info.width, content: data };
      }),
    );
  } catch {
    throw notAPicture();
  }
}

const notAPicture = () => new DomainError(ErrorCode.Unprocessable, 'The file is not a JPEG, PNG or WebP picture that can be read', 'image');
