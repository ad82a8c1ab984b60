import { Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { jobId } from '../jobs/job-catalogue.js';
import { JobHandlers } from '../jobs/job-handlers.js';
import { JobQueue } from '../jobs/job-queue.js';
import { DeliveryService } from './delivery.service.js';

/** Every minute: the outbox's messages through the county's channels. */
export const MESSAGE_DELIVERY_CRON = { pattern: '* * * * *', tz: 'Asia/Shanghai' };

/** The `message-delivery` job (docs/notifications.md). */
@Injectable()
export class MessageDeliveryJob implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly handlers: JobHandlers,
    private readonly queue: JobQueue,
    private readonly delivery: DeliveryService,
  ) {}

  onModuleInit(): void {
    this.handlers.register('message-delivery', async () => {
      await this.delivery.deliverDue();
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.schedule(jobId.messageDeliveryScheduler(), MESSAGE_DELIVERY_CRON, 'message-delivery', {});
  }
}
