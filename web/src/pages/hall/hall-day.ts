/** Who may receive walk-ins at a session of the day. Pure. */
import type { DutyRecord } from '../../api/types.js';

export type HallSession = 'AM' | 'PM';

/** The leaders who sat (or, unrecorded, are due to sit) a session: who may receive there. */
export const sittingLeaders = (duties: DutyRecord[], session: HallSession) =>
  duties
    .filter((d) => d.session === session && d.begun && d.satLeaderId)
    .map((d) => ({ id: d.satLeaderId!, name: d.satLeaderName ?? '' }));

/** The sessions of the day with someone to receive walk-ins. */
export const receivingSessions = (duties: DutyRecord[]) =>
  (['AM', 'PM'] as const).filter((s) => sittingLeaders(duties, s).length > 0);
