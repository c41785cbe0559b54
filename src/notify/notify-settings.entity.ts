import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type {
  ChannelKind,
  ChannelSettings,
  QuietHours,
  RecipientAddress,
  RuleSettings,
} from './notify.types.js';

/** A unit's channels, rules and recipients; absent fields take the defaults. */
@Entity('notify_settings')
export class NotifySettings {
  @PrimaryColumn({ type: 'uuid', name: 'unit_id' })
  unitId!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  channels!: ChannelSettings;

  @Column({ type: 'jsonb', nullable: true })
  preference!: ChannelKind[] | null;

  @Column({ type: 'jsonb', name: 'recipient_channels', default: () => "'{}'" })
  recipientChannels!: Record<string, ChannelKind>;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  rules!: Partial<RuleSettings>;

  /** null: the default 22:00–07:00; {start:'00:00', end:'00:00'} disables. */
  @Column({ type: 'jsonb', name: 'quiet_hours', nullable: true })
  quietHours!: QuietHours | null;

  @Column({ type: 'jsonb', name: 'petition_recipients', default: () => "'[]'" })
  petitionRecipients!: Array<Omit<RecipientAddress, 'key'>>;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
