import { Injectable } from '@nestjs/common';
import { Principal } from '../auth/role';
import { ImageStorage, ImageUpload } from '../product-images/image-storage';
import { StoreSettings } from './store.dto';
import { StoresService } from './stores.service';

/** The store's pictures, which one and the widths (CSS pixels) of its copies: a logo shows small, a hero full width. */
export const STORE_IMAGES = {
  logo: { widths: [160, 320, 640], what: 'a logo image' },
  hero: { widths: [640, 1200, 1920], what: 'a hero image' },
} as const;
export type StoreImageKind = keyof typeof STORE_IMAGES;

/** Uploads and removes the store's logo and hero picture, stored like product pictures (image-storage.ts). */
@Injectable()
export class StoreImagesService {
  constructor(
    private readonly stores: StoresService,
    private readonly storage: ImageStorage,
  ) {}

  /**
   * Replaces the logo or hero with the upload: the logo's `logoUrl` becomes its largest copy; the hero's
   * `heroImageUrl` its largest and `heroImageVariants` every copy. Throws 422 when the file is not a JPEG, PNG or
   * WebP picture.
   */
  async upload(principal: Principal, kind: StoreImageKind, upload: ImageUpload): Promise<StoreSettings> {
    const store = await this.stores.ownStoreOf(principal);
    const copies = await this.storage.save(store.manufacturerId, upload.image.bytes, STORE_IMAGES[kind].widths);
    const largest = copies[copies.length - 1].url;
    return this.stores.setImages(principal, kind === 'logo' ? { logoUrl: largest } : { heroImageUrl: largest, heroImageVariants: copies });
  }

  /** Takes the logo or hero off the store (its pages show the store's name alone, or no hero). */
  remove(principal: Principal, kind: StoreImageKind): Promise<StoreSettings> {
    return this.stores.setImages(principal, kind === 'logo' ? { logoUrl: null } : { heroImageUrl: null, heroImageVariants: [] });
  }
}
