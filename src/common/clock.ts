import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';

/**
 * Every unit is in China: sessions, quiet hours, deadlines and "today" are civil dates and times
 * in this one zone, whatever zone the server runs in.
 */
export const CHINA_ZONE = 'Asia/Shanghai';

/** The civil date (YYYY-MM-DD) in China of an instant. */
export function chinaDate(at: Date): string {
  return DateTime.fromJSDate(at, { zone: CHINA_ZONE }).toISODate()!;
}

/** The instant of a civil date and HH:mm in China. */
export function chinaTime(date: string, hhmm: string): Date {
  return DateTime.fromISO(`${date}T${hhmm}`, { zone: CHINA_ZONE }).toJSDate();
}

/**
 * The service's notion of "now": planning, sending, and whether a session has begun. Production
 * never moves it; tests set or advance it to check T-1 rules, quiet hours and the moment a session
 * begins without waiting for the wall clock.
 */
@Injectable()
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Today's date in China (YYYY-MM-DD): the offices' calendar, whatever the server's zone. */
  today(): string {
    return chinaDate(this.now());
  }

  /** Moves "now" to `at` (time keeps running from there). */
  set(at: Date): void {
    this.offsetMs = at.getTime() - Date.now();
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  reset(): void {
    this.offsetMs = 0;
  }

  /** Wall-clock instant at which the job engine (which runs on real time) should start `dueAt`. */
  toRealTime(dueAt: Date): Date {
    return new Date(dueAt.getTime() - this.offsetMs);
  }
}
