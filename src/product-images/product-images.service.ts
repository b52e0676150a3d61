import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { Repository } from 'typeorm';
import { Principal } from '../auth/role';
import { CatalogService } from '../catalog/catalog.service';
import { ImageVariant, Product } from '../catalog/product.entity';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { IMAGE_WIDTHS } from '../stores/store.dto';
import { ProductImage } from './product-image.entity';

/** Largest picture accepted, in bytes (8 MiB: a full-size phone photo). */
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
/** Where the copies are served: `${IMAGE_PATH}/<key>`, outside the JSON API. */
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

/** An upload as sent by the page's form or the API: `image` (the file) and optional `imageAlt` (at most 300 characters). */
export interface ImageUpload {
  image: UploadedFile;
  imageAlt?: string;
}

const ALLOWED_FIELDS = new Set(['image', 'imageAlt']);

/**
 * A multipart body as an ImageUpload; throws a 400 DomainError naming the field when a part is missing, empty, unknown,
 * too large or not text where text is expected.
 */
export function readImageUpload(body: unknown): ImageUpload {
  if (!body || typeof body !== 'object' || !((body as Record<string, unknown>).image instanceof UploadedFile)) {
    throw new DomainError(ErrorCode.BadRequest, 'Choose an image file to upload (sent as multipart/form-data, field "image")', 'image');
  }
  const fields = body as Record<string, unknown>;
  const unknown = Object.keys(fields).find((key) => !ALLOWED_FIELDS.has(key));
  if (unknown) throw new DomainError(ErrorCode.BadRequest, `${unknown.slice(0, 50)} is not a field of this upload`, unknown.slice(0, 50));
  const image = fields.image as UploadedFile;
  // A form submitted with no file chosen sends an empty file part.
  if (!image.bytes.length) throw new DomainError(ErrorCode.BadRequest, 'Choose a picture (JPEG, PNG or WebP)', 'image');
  if (image.tooLarge) throw new DomainError(ErrorCode.BadRequest, `The image is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB; choose a smaller one`, 'image');
  const alt = fields.imageAlt;
  if (alt !== undefined && (typeof alt !== 'string' || alt.length > 300)) {
    throw new DomainError(ErrorCode.BadRequest, 'imageAlt must be text of at most 300 characters', 'imageAlt');
  }
  return { image, imageAlt: typeof alt === 'string' ? alt.trim() : undefined };
}

/** Uploaded product pictures: checked by content, resized to IMAGE_WIDTHS as WebP, stored, and set on the product. */
@Injectable()
export class ProductImagesService {
  constructor(
    @InjectRepository(ProductImage) private readonly images: Repository<ProductImage>,
    private readonly catalog: CatalogService,
  ) {}

  /**
   * Replaces a product's picture with the upload: `imageUrl` becomes the largest copy, `imageVariants` every copy
   * (for the storefront's srcset), `imageAlt` the given text (kept when not given).
   * Throws 404 for another manufacturer's product, 422 when the bytes are not a JPEG, PNG or WebP picture.
   */
  async upload(principal: Principal, productId: string, upload: ImageUpload): Promise<Product> {
    const product = await this.catalog.get(principal, productId);
    const variants = await this.resize(upload.image.bytes);
    await this.images
      .createQueryBuilder()
      .insert()
      .values(variants.map((v) => ({ key: v.key, width: v.width, content: v.content, manufacturerId: product.manufacturerId })))
      .orIgnore()
      .execute();
    const imageVariants: ImageVariant[] = variants.map((v) => ({ width: v.width, url: `${IMAGE_PATH}/${v.key}` }));
    return this.catalog.setImage(principal, product.id, {
      imageUrl: imageVariants[imageVariants.length - 1].url,
      imageVariants,
      imageAlt: upload.imageAlt || undefined,
    });
  }

  /** One stored copy by its key, for serving; null when there is none. Copies are public, like the storefront. */
  async find(key: string): Promise<Pick<ProductImage, 'content'> | null> {
    return this.images.findOne({ where: { key }, select: { key: true, content: true } });
  }

  private async resize(bytes: Buffer): Promise<{ key: string; width: number; content: Buffer }[]> {
    const source = () => sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
    let metadata: sharp.Metadata;
    try {
      metadata = await source().metadata();
    } catch {
      throw notAPicture();
    }
    if (!metadata.format || !ACCEPTED_FORMATS.includes(metadata.format) || !metadata.width) throw notAPicture();
    // The original's own width counts when it is narrower than the largest copy, so small pictures keep their size.
    const widths = [...new Set(IMAGE_WIDTHS.map((w) => Math.min(w, metadata.width)))];
    try {
      return await Promise.all(
        widths.map(async (width) => {
          // rotate(): phones store the camera's orientation in EXIF; the copies are upright and carry no metadata.
          const { data, info } = await source().rotate().resize({ width, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer({ resolveWithObject: true });
          return { key: `${createHash('sha256').update(data).digest('hex').slice(0, 32)}.webp`, width: info.width, content: data };
        }),
      );
    } catch {
      throw notAPicture();
    }
  }
}

const notAPicture = () => new DomainError(ErrorCode.Unprocessable, 'The file is not a JPEG, PNG or WebP picture that can be read', 'image');
