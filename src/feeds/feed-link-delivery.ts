import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { AuthService, type AuthUser } from '../auth/index.js';
import { AppError } from '../common/app-error.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { NotificationsService, NotifyExtensions } from '../notify/index.js';
import { LeadersService } from '../org/index.js';
import { FeedTokensService } from './feed-tokens.service.js';

/** What the stored message (and so the office) shows where the link goes. */
export const FEED_LINK_MARK = '〔订阅链接：发送时生成，仅发给本人〕';

/**
 * 两办 sends a leader their calendar link without ever seeing it: the message is planned with a
 * placeholder, and the link is made (owned by the leader's account) only when the message is
 * delivered to the leader's own channel. Neither the stored row nor any answer holds the secret.
 */
@Injectable()
export class FeedLinkDelivery implements OnModuleInit {
  constructor(
    private readonly leaders: LeadersService,
    private readonly auth: AuthService,
    private readonly tokens: FeedTokensService,
    private readonly notifications: NotificationsService,
    private readonly extensions: NotifyExtensions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.extensions.registerBodyRenderer('feed_link', (row) => this.render(row));
  }

  /** POST /leaders/{id}/feed/send: plans the message; answers the row as the office lists it. */
  async send(user: AuthUser, leaderId: string) {
    const leader = await this.leaders.get(user, leaderId);
    if (!leader.active) throw new AppError('LEADER_INACTIVE');
    if ((await this.auth.leaderAccounts(leader.id)).length === 0) {
      throw new AppError('LEADER_HAS_NO_ACCOUNT', { leader: leader.name });
    }
    return this.notifications.planToLeader(leader, {
      rule: 'feed_link',
      source: `feed-link:${leader.id}:${randomUUID()}`,
      subject: '个人接访日程订阅链接',
      body: [
        `${leader.name}同志：`,
        '两办为您发送个人接访日程的日历订阅链接（仅供本人和秘书使用，请勿转发）：',
        FEED_LINK_MARK,
        '在手机或电脑日历中选择“添加订阅日历”并粘贴此链接，接访安排即自动同步；如链接外泄，可在系统“订阅”页重置。',
      ].join('\n'),
    });
  }

  /** At delivery: a new link owned by the leader's account, in place of the placeholder. */
  private async render(row: { unitId: string; body: string; ref: { leaderId?: string } }) {
    const leaderId = row.ref.leaderId;
    if (!leaderId) throw new Error('feed_link message without a leader');
    const [owner] = await this.auth.leaderAccounts(leaderId);
    if (!owner) throw new Error('该领导没有可用的系统账号，无法生成订阅链接');
    const { token } = await this.tokens.issue(owner, {
      scope: 'leader',
      unitId: row.unitId,
      leaderId,
    });
    const base = this.config.PUBLIC_URL ?? `http://localhost:${this.config.PORT}`;
    return row.body.replace(FEED_LINK_MARK, `${base}/feeds/${token}.ics`);
  }
}
