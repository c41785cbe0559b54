import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A first-level category of the petition subject taxonomy (信访事项内容分类). */
@Entity('subject')
export class Subject {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text', unique: true })
  name!: string;

  @Column({ type: 'int', name: 'sort_order' })
  sortOrder!: number;

  /** Accusations (纪检监察) must never be scheduled publicly. */
  @Column({ type: 'boolean', default: false })
  restricted!: boolean;
}

/** An older label (e.g. 国土资源) and the current categories it maps onto. */
@Entity('subject_alias')
export class SubjectAlias {
  @PrimaryColumn({ type: 'text' })
  label!: string;

  @Column({ type: 'text', array: true, name: 'subject_codes' })
  subjectCodes!: string[];
}
