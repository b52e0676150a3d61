import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Public } from '../auth/auth.decorators';

const CSS = readFileSync(join(__dirname, 'views', 'workspace.css'), 'utf8');
const VERSION = createHash('sha256').update(CSS).digest('hex').slice(0, 12);

/** The workspaces' one stylesheet; its address changes with its content, so browsers may keep it for a year. */
export const WORKSPACE_CSS_URL = `/assets/workspace.css?v=${VERSION}`;

/** Routes of this controller, kept outside the JSON API's prefix. */
export const WORKSPACE_ASSET_ROUTES = ['assets/workspace.css'];

@ApiExcludeController()
@Controller('assets')
@Public()
export class WorkspaceAssetsController {
  @Get('workspace.css')
  @Header('Cache-Control', 'public, max-age=31536000, immutable')
  css(@Res() reply: FastifyReply): void {
    reply.type('text/css; charset=utf-8').header('ETag', `"${VERSION}"`).send(CSS);
  }
}
