import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { assertUnitAccess, type AuthUser } from '../auth/index.js';
import { badRequest } from '../common/app-error.js';
import { UnitsService } from '../org/index.js';
import { OutboundPolicy } from './channels/outbound-policy.js';
import { NotifySettings } from './notify-settings.entity.js';
import type { UpdateNotifySettings } from './notify.schemas.js';
import {
  DEFAULT_PREFERENCE,
  DEFAULT_QUIET_HOURS,
  DEFAULT_RULES,
  type ChannelSettings,
  type NotifySettingsView,
  type QuietHours,
} from './notify.types.js';

const SECRET_FIELDS = ['password', 'secret', 'token'] as const;

/** Settings as shown over HTTP: secrets replaced by '***' (set, not readable). */
function masked(channels: ChannelSettings): ChannelSettings {
  const out: Record<string, unknown> = {};
  for (const [kind, cfg] of Object.entries(channels)) {
    if (!cfg) continue;
    const copy: Record<string, unknown> = { ...cfg };
    for (const f of SECRET_FIELDS) if (copy[f]) copy[f] = '***';
    out[kind] = copy;
  }
  return out as ChannelSettings;
}

/**
 * Quiet hours as stored: none set (NULL) means the defaults; "no quiet hours at all" (null in the
 * API) is stored as an empty window, since NULL already means the defaults.
 */
const NO_QUIET_HOURS: QuietHours = { start: '00:00', end: '00:00' };

const quietHoursOf = (stored: QuietHours | null): QuietHours | null =>
  stored === null ? DEFAULT_QUIET_HOURS : stored.start === stored.end ? null : stored;

@Injectable()
export class NotifySettingsService {
  constructor(
    @InjectRepository(NotifySettings) private readonly repo: Repository<NotifySettings>,
    private readonly units: UnitsService,
    private readonly outbound: OutboundPolicy,
  ) {}

  /** The unit's settings with defaults (for planning and sending; secrets included). */
  async forUnit(unitId: string, tx?: EntityManager): Promise<NotifySettingsView> {
    const repo = tx ? tx.getRepository(NotifySettings) : this.repo;
    const row = await repo.findOne({ where: { unitId } });
    return {
      unitId,
      channels: row?.channels ?? {},
      preference: row?.preference ?? DEFAULT_PREFERENCE,
      recipientChannels: row?.recipientChannels ?? {},
      rules: { ...DEFAULT_RULES, ...(row?.rules ?? {}) },
      quietHours: quietHoursOf(row?.quietHours ?? null),
      petitionRecipients: row?.petitionRecipients ?? [],
    };
  }

  async get(user: AuthUser, unitId: string): Promise<NotifySettingsView> {
    await this.units.get(user, unitId);
    const view = await this.forUnit(unitId);
    return { ...view, channels: masked(view.channels) };
  }

  /** Replaces the given parts; a secret sent as '***' keeps the stored one. */
  async update(
    user: AuthUser,
    unitId: string,
    input: UpdateNotifySettings,
  ): Promise<NotifySettingsView> {
    await this.units.get(user, unitId);
    assertUnitAccess(user, unitId);
    const current = await this.repo.findOne({ where: { unitId } });
    const channels = input.channels ?? current?.channels ?? {};
    await this.checkTargets(input);
    for (const [kind, cfg] of Object.entries(channels) as Array<
      [string, Record<string, unknown>]
    >) {
      const old = (current?.channels as Record<string, Record<string, unknown>> | undefined)?.[
        kind
      ];
      for (const f of SECRET_FIELDS) if (cfg?.[f] === '***') cfg[f] = old?.[f];
    }
    await this.repo.save({
      unitId,
      channels,
      preference: input.preference ?? current?.preference ?? null,
      recipientChannels: input.recipientChannels ?? current?.recipientChannels ?? {},
      rules: input.rules ?? current?.rules ?? {},
      quietHours:
        input.quietHours === undefined
          ? (current?.quietHours ?? null)
          : (input.quietHours ?? NO_QUIET_HOURS),
      petitionRecipients: input.petitionRecipients ?? current?.petitionRecipients ?? [],
    });
    return this.get(user, unitId);
  }

  /** HTTP channels may not point at the service's own host or the cloud's metadata service. */
  private async checkTargets(input: UpdateNotifySettings): Promise<void> {
    for (const [kind, cfg] of Object.entries(input.channels ?? {})) {
      const url = (cfg as { url?: string } | undefined)?.url;
      if (!url) continue;
      const refused = await this.outbound.check(new URL(url));
      const field = `channels.${kind}.url`;
      if (refused) throw badRequest(`${field}：${refused}`, field);
    }
  }
}
