import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Product } from '../catalog/product.entity';
import { Store } from './store.entity';
import { PublicStoresController, StoreSettingsController } from './stores.controller';
import { StoresService } from './stores.service';

@Module({
  imports: [TypeOrmModule.forFeature([Store, Product])],
  controllers: [StoreSettingsController, PublicStoresController],
  providers: [StoresService],
  exports: [StoresService],
})
export class StoresModule {}
