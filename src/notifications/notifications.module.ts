import { Module } from '@nestjs/common';
import { HouseholdsModule } from '../households/households.module.js';
import { ChannelsRepository } from './channels.repository.js';
import { MessageDeliveryJob } from './delivery.job.js';
import { DeliveryService } from './delivery.service.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsService } from './notifications.service.js';
import { OutboxRepository } from './outbox.repository.js';
import { SecretBox } from './secret-box.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

/** Messages out: the outbox the database writes, the household inbox, the county's channels and their delivery (docs/notifications.md). */
@Module({
  imports: [HouseholdsModule],
  controllers: [NotificationsController],
  providers: [
    OutboxRepository,
    ChannelsRepository,
    NotificationsService,
    DeliveryService,
    MessageDeliveryJob,
    // One key for sealing channels' secrets and households' numbers, derived once.
    { provide: SecretBox, useFactory: (config: AppConfig) => new SecretBox(config.piiHashKey), inject: [APP_CONFIG] },
  ],
  exports: [OutboxRepository, DeliveryService],
})
export class NotificationsModule {}
