import { Global, Module } from '@nestjs/common';
import { WorkspaceAssetsController } from './workspace-assets.controller';
import { FormTokenGuard, WorkspaceCsrf } from './workspace-csrf';
import { WorkspaceSessions } from './workspace-session';

/** What every HTML workspace shares: sessions, form tokens and the stylesheet. */
@Global()
@Module({
  controllers: [WorkspaceAssetsController],
  providers: [WorkspaceSessions, WorkspaceCsrf, FormTokenGuard],
  exports: [WorkspaceSessions, WorkspaceCsrf, FormTokenGuard],
})
export class WorkspaceModule {}
