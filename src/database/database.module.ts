import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '../config/app-config.js';
import { DataKeyCheck } from './data-key-check.js';
import { dataSourceOptions } from './data-source.js';

@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.database.url, {
            migrationsRun: config.migrationsRun,
            extra: { max: config.database.poolSize, application_name: 'moral-bank' },
          }),
          retryAttempts: 3,
          retryDelay: 1000,
        }),
      ],
      providers: [DataKeyCheck],
    };
  }
}
