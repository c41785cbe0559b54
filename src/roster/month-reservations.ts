import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** Months being generated (roster_reservation), one request at a time per unit and month. */
@Injectable()
export class MonthReservations {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Takes the month for `seconds`; false when another request holds it. */
  async take(unitId: string, month: string, seconds: number): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `INSERT INTO roster_reservation (unit_id, month, expires_at)
       VALUES ($1, $2, now() + make_interval(secs => $3))
       ON CONFLICT (unit_id, month) DO UPDATE SET expires_at = EXCLUDED.expires_at
         WHERE roster_reservation.expires_at < now()
       RETURNING 1`,
      [unitId, month, seconds],
    );
    return rows.length > 0;
  }

  /** Gives the month back (in the transaction that writes its roster, or after a failure). */
  async release(unitId: string, month: string, tx?: EntityManager): Promise<void> {
    await (tx ?? this.db).query(
      'DELETE FROM roster_reservation WHERE unit_id = $1 AND month = $2',
      [unitId, month],
    );
  }
}
