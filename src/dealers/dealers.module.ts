import { Module } from '@nestjs/common';
import { ManufacturerDealersController } from './manufacturer-dealers.controller';
import { RetailerDealersController } from './retailer-dealers.controller';
import { DealersService } from './dealers.service';

@Module({ controllers: [RetailerDealersController, ManufacturerDealersController], providers: [DealersService], exports: [DealersService] })
export class DealersModule {}
