import { Global, Module, OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { EmbeddedPostgres } from './embedded-postgres';
import { typeormOptions } from './typeorm-options';

/** Where the database is: the configured server, or the embedded default started on demand. */
export class DatabaseLocation implements OnApplicationShutdown {
  constructor(
    readonly url: string,
    private readonly embedded?: EmbeddedPostgres,
  ) {}

  get isEmbedded(): boolean {
    return this.embedded !== undefined;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.embedded?.stop();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: DatabaseLocation,
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => {
        if (config.DATABASE_URL) return new DatabaseLocation(config.DATABASE_URL);
        const embedded = new EmbeddedPostgres(config.DATA_DIR);
        return new DatabaseLocation(await embedded.start(), embedded);
      },
    },
  ],
  exports: [DatabaseLocation],
})
class DatabaseLocationModule {}

@Module({
  imports: [
    DatabaseLocationModule,
    TypeOrmModule.forRootAsync({
      inject: [AppConfig, DatabaseLocation],
      useFactory: (config: AppConfig, location: DatabaseLocation) => ({
        ...typeormOptions(location.url, location.isEmbedded),
        migrationsRun: config.RUN_MIGRATIONS,
        retryAttempts: config.NODE_ENV === 'test' ? 0 : 5,
        retryDelay: 2000,
      }),
    }),
  ],
})
export class DatabaseModule {}
