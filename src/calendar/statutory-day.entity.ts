import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';

export const STATUTORY_DAY_KINDS = ['holiday', 'makeup_workday'] as const;
/** holiday = 法定节假日 (incl. the weekend days inside it); makeup_workday = 调休上班日. */
export type StatutoryDayKind = (typeof STATUTORY_DAY_KINDS)[number];

/**
 * A year whose national holiday arrangement (国办通知) an administrator has confirmed. A month in a
 * year without this row is an error, never a guess from weekdays alone.
 */
@Entity('calendar_year')
export class CalendarYear {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  /** Where the dates came from, e.g. chinese-days@1.5.7, json, text. */
  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'uuid', name: 'confirmed_by', nullable: true })
  confirmedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'confirmed_at' })
  confirmedAt!: Date;
}

/** One date of a confirmed year that differs from the plain Mon–Fri rule. */
@Entity('statutory_day')
export class StatutoryDay {
  @PrimaryColumn({ type: 'date' })
  date!: string;

  @Index()
  @Column({ type: 'int' })
  year!: number;

  @ManyToOne(() => CalendarYear, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'year' })
  calendarYear?: CalendarYear;

  @Column({ type: 'text' })
  kind!: StatutoryDayKind;

  /** The holiday the date belongs to (春节, 国庆节 …), also for make-up working days. */
  @Column({ type: 'text' })
  name!: string;
}
