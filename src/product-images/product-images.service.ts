import { Injectable } from '@nestjs/common';
import { Principal } from '../auth/role';
import { CatalogService } from '../catalog/catalog.service';
import { Product } from '../catalog/product.entity';
import { IMAGE_WIDTHS } from '../stores/store.dto';
import { ImageStorage, ImageUpload } from './image-storage';

/** Uploaded product pictures: stored as IMAGE_WIDTHS copies (image-storage.ts) and set on the product. */
@Injectable()
export class ProductImagesService {
  constructor(
    private readonly storage: ImageStorage,
    private readonly catalog: CatalogService,
  ) {}

  /**
   * Replaces a product's picture with the upload: `imageUrl` becomes the largest copy, `imageVariants` every copy
   * (for the storefront's srcset), `imageAlt` the given text (kept when not given).
   * Throws 404 for another manufacturer's product, 422 when the bytes are not a JPEG, PNG or WebP picture.
   */
  async upload(principal: Principal, productId: string, upload: ImageUpload): Promise<Product> {
    const product = await this.catalog.get(principal, productId);
    const imageVariants = await this.storage.save(product.manufacturerId, upload.image.bytes, IMAGE_WIDTHS);
    return this.catalog.setImage(principal, product.id, {
      imageUrl: imageVariants[imageVariants.length - 1].url,
      imageVariants,
      imageAlt: upload.imageAlt || undefined,
    });
  }
}
