import { Global, Injectable, Module } from '@nestjs/common';

/**
 * The time the procedure runs on (notice deadlines, objections, confirmation). The service uses
 * the system clock; tests move it forward to let a notice period pass.
 */
@Injectable()
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Moves this process's clock forward (tests). */
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
