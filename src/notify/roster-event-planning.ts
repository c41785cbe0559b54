import { isPublicLeader, venueOf } from '../org/index.js';
import type { RosterPublishedEvent } from '../roster/index.js';
import { planDutyReminders, type DutyPlanContext } from './duty-planning.js';
import { changeMessage, publishedMessage } from './messages.js';
import type { RecipientAddress } from './notify.types.js';
import type { PlannedNotification } from './planned.js';
import {
  chooseChannel,
  leaderRecipient,
  petitionRecipients,
  secretaryRecipient,
} from './recipients.js';
import { outsideQuietHours } from './times.js';
import { chinaDate } from '../common/clock.js';

export interface RosterEventPlan {
  /** Every reminder the new version needs; rows of this roster not listed are cancelled. */
  reminders: PlannedNotification[];
  /** Change notices and the publication notice: sent once, now (outside quiet hours). */
  notices: PlannedNotification[];
}

/** What a publication means for notifications: reminders to keep and notices to send. */
export function planRosterEvent(
  event: RosterPublishedEvent,
  ctx: DutyPlanContext,
): RosterEventPlan {
  const reminders = planDutyReminders(
    event.duties.map((d) => ({ ...d, rosterId: event.rosterId })),
    ctx,
  );
  const notices: PlannedNotification[] = [];
  const source = `roster:${event.rosterId}:v${event.version}`;
  const now = outsideQuietHours(ctx.now, ctx.settings.quietHours);
  const push = (
    r: RecipientAddress,
    rule: PlannedNotification['rule'],
    subject: string,
    body: string,
  ) =>
    notices.push({
      unitId: ctx.unit.id,
      source,
      rule,
      recipient: r,
      channel: chooseChannel(r, ctx.settings),
      rosterId: event.rosterId,
      dueAt: now,
      subject,
      body,
      ref: { rosterId: event.rosterId },
    });

  // Version 1 lists every duty as added: the reminders cover it, a change notice would be noise.
  const today = chinaDate(ctx.now);
  const relevant = event.version > 1 ? event.changes.filter((c) => c.date >= today) : [];
  const byLeader = new Map<string, typeof relevant>();
  for (const c of relevant) byLeader.set(c.leaderId, [...(byLeader.get(c.leaderId) ?? []), c]);
  for (const [leaderId, lines] of byLeader) {
    const leader = ctx.leaders.get(leaderId);
    if (!leader) continue;
    const self = leaderRecipient(leader);
    const venue = venueOf(ctx.unit, leader);
    const m = changeMessage(ctx.unit.name, venue, self.name, '您', lines);
    push(self, 'duty_change', m.subject, m.body);
    const sec = ctx.settings.rules.notifySecretary ? secretaryRecipient(leader) : null;
    if (sec) {
      const s = changeMessage(
        ctx.unit.name,
        venue,
        sec.name,
        `${leader.name}${leader.title}`,
        lines,
      );
      push(sec, 'duty_change', s.subject, s.body);
    }
  }

  if (ctx.settings.rules.notifyPetitionOnPublish) {
    const name = (id: string) => ctx.leaders.get(id)?.name ?? '（未知）';
    // A list for the petition bureau: public duties only (纪检监察 receives apart).
    const open = (d: { leaderId: string }) => isPublicLeader(ctx.leaders.get(d.leaderId));
    const m = publishedMessage(
      ctx.unit.name,
      event.month,
      event.version,
      event.duties
        .filter(open)
        .sort((a, b) => a.date.localeCompare(b.date) || a.session.localeCompare(b.session))
        .map((d) => ({ date: d.date, session: d.session, leaderName: name(d.leaderId) })),
      relevant.filter(open).map((c) => ({ ...c, leaderName: name(c.leaderId) })),
    );
    for (const r of petitionRecipients(ctx.settings))
      push(r, 'roster_published', m.subject, m.body);
  }
  return { reminders, notices };
}
