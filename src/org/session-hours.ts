import type { Unit } from './unit.entity.js';

/** The usual reception hours, for a unit that has not set its own. */
const USUAL_HOURS = {
  AM: { start: '08:30', end: '11:30' },
  PM: { start: '14:30', end: '17:30' },
} as const;

/** A unit's hours ('HH:mm', its local time) for a session. */
export function sessionHours(
  unit: Pick<Unit, 'sessionTemplates'>,
  session: 'AM' | 'PM',
): { start: string; end: string } {
  const t = unit.sessionTemplates.find((s) => s.code === session);
  return t ? { start: t.start, end: t.end } : USUAL_HOURS[session];
}

/** The whole day of an on-call duty (在岗值班), as HH:mm from and to. */
export const ON_CALL_HOURS = { start: '00:00', end: '24:00' } as const;

/** A duty's hours: its session's, or the whole day for an on-call duty. */
export function dutyHours(
  unit: Pick<Unit, 'sessionTemplates'>,
  duty: 'AM' | 'PM' | 'CALL',
): { start: string; end: string } {
  return duty === 'CALL' ? { ...ON_CALL_HOURS } : sessionHours(unit, duty);
}
