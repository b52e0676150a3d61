import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Product } from '../catalog/product.entity';
import { ImageStorageModule } from '../product-images/image-storage.module';
import { StoreImagesService } from './store-images.service';
import { Store } from './store.entity';
import { PublicStoresController, StoreSettingsController } from './stores.controller';
import { StoresService } from './stores.service';

@Module({
  imports: [TypeOrmModule.forFeature([Store, Product]), ImageStorageModule],
  controllers: [StoreSettingsController, PublicStoresController],
  providers: [StoresService, StoreImagesService],
  exports: [StoresService, StoreImagesService],
})
export class StoresModule {}
