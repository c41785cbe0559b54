import type { Department, Leader } from '../org/index.js';
import type { ChannelKind, NotifySettingsView, RecipientAddress } from './notify.types.js';

export function leaderRecipient(leader: Leader): RecipientAddress {
  return {
    key: `leader:${leader.id}`,
    name: leader.name,
    email: leader.contact?.email,
    phone: leader.contact?.phone,
    wecomUserId: leader.contact?.wecomUserId,
    dingtalkUserId: leader.contact?.dingtalkUserId,
  };
}

export function secretaryRecipient(leader: Leader): RecipientAddress | null {
  if (!leader.secretary) return null;
  return {
    key: `secretary:${leader.id}`,
    name: leader.secretary.name,
    email: leader.secretary.email,
    phone: leader.secretary.phone,
  };
}

export function petitionRecipients(settings: NotifySettingsView): RecipientAddress[] {
  const list = settings.petitionRecipients.length
    ? settings.petitionRecipients
    : [{ name: '信访局值班室' }];
  return list.map((r, i) => ({ ...r, key: `petition:${i + 1}` }));
}

function usable(kind: ChannelKind, r: RecipientAddress, s: NotifySettingsView): boolean {
  if (kind === 'outbox') return true;
  if (!s.channels[kind]) return false;
  if (kind === 'email') return Boolean(r.email);
  if (kind === 'sms') return Boolean(r.phone);
  // Group robots and the generic webhook reach a group (and @-mention the person when they can).
  return true;
}

/**
 * One channel per recipient: their own override when it is usable, else the unit's first usable
 * preference, else the outbox (demo mode, or a unit that configured nothing yet).
 */
export function chooseChannel(r: RecipientAddress, s: NotifySettingsView): ChannelKind {
  const override = s.recipientChannels[r.key];
  if (override && usable(override, r, s)) return override;
  return s.preference.find((k) => usable(k, r, s)) ?? 'outbox';
}

/** A department's liaison (contact phone and email of the department, its name as addressee). */
export function departmentRecipient(
  d: Pick<Department, 'id' | 'name' | 'contact'>,
): RecipientAddress {
  return {
    key: `department:${d.id}`,
    name: d.name,
    email: d.contact?.email,
    phone: d.contact?.phone,
  };
}
