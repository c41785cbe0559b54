import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotificationsService } from './notifications.service.js';
import { OFFICE_RECIPIENT, type RecipientAddress } from './notify.types.js';
import { PlanContextLoader } from './plan-context.js';
import type { PlannedNotification } from './planned.js';
import { chooseChannel, leaderRecipient, secretaryRecipient } from './recipients.js';
import { outsideQuietHours } from './times.js';

/** One step of a leave or swap request, told to its parties. */
export interface RequestNotice {
  unitId: string;
  requestId: string;
  /** The step (requested, accepted, approved …): one message per party and step. */
  step: string;
  rosterId: string;
  /** Leaders whose accounts hear of it (with their secretaries when the unit says so). */
  leaderIds: readonly string[];
  /** Whether 两办 hears of it (a request waiting for their decision). */
  office: boolean;
  subject: string;
  /** The text after the salutation; never petitioner data (requests carry none). */
  text: string;
}

/**
 * What the leave and swap requests call inside their transactions: one message to each party
 * through their own channel, now (outside quiet hours), idempotent per request, step and party.
 */
@Injectable()
export class RequestNotices {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly context: PlanContextLoader,
  ) {}

  async notify(tx: EntityManager, n: RequestNotice): Promise<number> {
    const ctx = await this.context.load(n.unitId, [], tx);
    const recipients: RecipientAddress[] = [];
    for (const id of new Set(n.leaderIds)) {
      const leader = ctx.leaders.get(id);
      if (!leader) continue;
      recipients.push(leaderRecipient(leader));
      const sec = ctx.settings.rules.notifySecretary ? secretaryRecipient(leader) : null;
      if (sec) recipients.push(sec);
    }
    if (n.office) recipients.push(OFFICE_RECIPIENT);
    const due = outsideQuietHours(ctx.now, ctx.settings.quietHours);
    const planned: PlannedNotification[] = recipients.map((r) => ({
      unitId: n.unitId,
      source: `request:${n.requestId}:${n.step}`,
      rule: 'roster_request',
      recipient: r,
      channel: chooseChannel(r, ctx.settings),
      rosterId: n.rosterId,
      dueAt: due,
      subject: n.subject,
      body: `${r.name}：您好！${n.text}（${ctx.unit.name}信访工作联席会议办公室）`,
      ref: { rosterId: n.rosterId },
    }));
    return this.notifications.planForSource(tx, planned);
  }
}
