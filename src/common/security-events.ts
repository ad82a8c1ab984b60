import { Global, Injectable, Module } from '@nestjs/common';

/** A security alarm raised in a county (see auth's pin guessing alarm), for whoever records them. */
export interface SecurityAlarmRaised {
  id: number;
  kind: string;
  countyId: number;
  raisedAt: Date;
  details: Record<string, unknown>;
  /** The client address of the request that raised it. */
  ip: string | null;
}

/**
 * Security events from the modules that see them (auth) to the ones that record them (audit, above
 * auth in the layers): a listener list in process, no queue. A listener must not throw.
 */
@Injectable()
export class SecurityEvents {
  private readonly listeners: ((e: SecurityAlarmRaised) => void)[] = [];

  onAlarm(listener: (e: SecurityAlarmRaised) => void): void {
    this.listeners.push(listener);
  }

  alarm(e: SecurityAlarmRaised): void {
    for (const listener of this.listeners) listener(e);
  }
}

@Global()
@Module({ providers: [SecurityEvents], exports: [SecurityEvents] })
export class SecurityEventsModule {}
