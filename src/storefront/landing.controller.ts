import { Controller, Get, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/auth.decorators';
import { StoresService } from '../stores/stores.service';
import { sendHtml } from './storefront-pages';
import { StorefrontRenderer } from './storefront-renderer';

/** `/`: where a newcomer starts. The stores, the workspaces of each role, the ops console and the API docs. */
@ApiExcludeController()
@Controller()
@Public()
export class LandingController {
  constructor(
    private readonly stores: StoresService,
    private readonly render: StorefrontRenderer,
  ) {}

  @Get()
  async landing(@Res() reply: FastifyReply) {
    sendHtml(reply, 200, this.render.page('landing', null, { stores: await this.stores.all() }));
  }
}
