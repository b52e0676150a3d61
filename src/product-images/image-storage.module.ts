import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ImageStorage } from './image-storage';
import { ProductImage } from './product-image.entity';

/** The uploaded pictures' store, shared by product pictures and the store's logo and hero. */
@Module({
  imports: [TypeOrmModule.forFeature([ProductImage])],
  providers: [ImageStorage],
  exports: [ImageStorage],
})
export class ImageStorageModule {}
