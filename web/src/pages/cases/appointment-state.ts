/** What the clerk may do with an appointment, and what the matching says. Pure. */
import type { Appointment, MatchOutcome } from '../../api/types.js';
import { shortDate } from '../../labels.js';

/** A proposal or a fixed appointment can still be accepted, reassigned or postponed. */
export const isActionable = (a: Appointment) => a.status === 'proposed' || a.status === 'scheduled';

/** A reception is recorded once its time slot has begun (`now`: Beijing time, 2027-03-05T09:00). */
export const isHeld = (a: Appointment, now: string) =>
  a.status === 'scheduled' && `${a.date}T${a.slotStart ?? '00:00'}` <= now;

export const matchedText = (result: MatchOutcome) =>
  `匹配完成：${result.proposals.length} 件案件有约访建议，${result.unmatched.length} 件未能匹配。`;

export const acceptedText = (a: Appointment, done: Appointment) =>
  `已确认 ${a.caseReference}：${shortDate(done.date)} ${done.slotStart ?? ''}–${done.slotEnd ?? ''}。`;
