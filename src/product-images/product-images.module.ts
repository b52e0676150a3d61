import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { ImageStorageModule } from './image-storage.module';
import { ProductImagesController, ProductMediaController } from './product-images.controller';
import { ProductImagesService } from './product-images.service';

@Module({
  imports: [ImageStorageModule, CatalogModule],
  controllers: [ProductImagesController, ProductMediaController],
  providers: [ProductImagesService],
  exports: [ProductImagesService],
})
export class ProductImagesModule {}
