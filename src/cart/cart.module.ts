import { Module } from '@nestjs/common';
import { CartScheduler } from './cart.scheduler';
import { CartService } from './cart.service';

@Module({ providers: [CartService, CartScheduler], exports: [CartService] })
export class CartModule {}
