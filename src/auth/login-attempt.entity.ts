import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Login attempts counted per key (username or address) and fixed window. Kept in PostgreSQL so
 * the limit holds across replicas.
 */
@Entity('login_attempt')
export class LoginAttempt {
  @PrimaryColumn({ type: 'text' })
  key!: string;

  @PrimaryColumn({ type: 'timestamptz', name: 'window_start' })
  windowStart!: Date;

  @Column({ type: 'int' })
  count!: number;
}
