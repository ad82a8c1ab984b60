import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { AuditController } from './audit.controller.js';
import { AuditMiddleware } from './audit.middleware.js';
import { AuditService } from './audit.service.js';
import { AuditRepository } from './audit.repository.js';
import { AuditWriter } from './audit-writer.js';
import { AlarmAuditor } from './alarm-auditor.js';
import { LoginActors } from './login-actors.js';

@Module({
  imports: [UsersModule],
  controllers: [AuditController],
  providers: [AuditRepository, AuditService, AuditWriter, AuditMiddleware, AlarmAuditor, LoginActors],
})
export class AuditModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuditMiddleware).forRoutes('*path');
  }
}
