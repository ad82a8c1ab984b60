import { Injectable, type OnModuleInit } from '@nestjs/common';
import { SecurityEvents } from '../common/security-events.js';
import { AuditWriter } from './audit-writer.js';

/** Puts every security alarm in the audit log, as the system's entry in the county it concerns. */
@Injectable()
export class AlarmAuditor implements OnModuleInit {
  constructor(
    private readonly events: SecurityEvents,
    private readonly audit: AuditWriter,
  ) {}

  onModuleInit(): void {
    this.events.onAlarm((alarm) =>
      this.audit.record({
        actorType: 'system',
        actorId: null,
        actorName: 'security-alarm',
        actorRegionId: alarm.countyId,
        action: `ALARM ${alarm.kind}`,
        path: `/security-alarms/${alarm.id}`,
        resourceId: String(alarm.id),
        outcome: 'failure',
        status: 429,
        errorCode: 'PIN_GUESSING_ALARM',
        requestId: null,
        ip: alarm.ip?.slice(0, 64) ?? null,
      }),
    );
  }
}
