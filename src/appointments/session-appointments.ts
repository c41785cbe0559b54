import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { FeedAppointmentsSource, SessionAppointments } from '../feeds/index.js';
import type { SessionCases } from '../notify/index.js';

/** Appointments that hold their session: booked, or received there. */
const BOOKED = ['scheduled', 'received'];
/**
 * Statuses an appointment may have reached after being shown in a session: their change still
 * moves the feed's DTSTAMP forward (a case leaving the session is a change too).
 */
const SHOWN = [...BOOKED, 'postponed', 'cancelled'];

interface Row {
  date: string;
  session: 'AM' | 'PM';
  leader_id: string;
  status: string;
  reference: string;
  department_ids: string[];
  updated_at: Date;
}

/**
 * What other modules may see of the appointments in a session: case codes, counts and the
 * invited departments. Never petitioner data, never a restricted (纪检监察/检举控告) case — the
 * filter is here, at the only place those modules read appointments from.
 */
@Injectable()
export class SessionAppointmentsReader implements FeedAppointmentsSource {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private rows(
    runner: EntityManager,
    where: string,
    params: unknown[],
    statuses: string[],
  ): Promise<Row[]> {
    return runner.query(
      `SELECT to_char(a.date, 'YYYY-MM-DD') AS date, a.session, a.leader_id, a.status,
              c.reference, a.department_ids, a.updated_at
         FROM appointment a
         JOIN priority_case c ON c.id = a.case_id
        WHERE ${where}
          AND a.status = ANY($${params.length + 1}::text[])
          AND c.routing <> 'restricted'
          AND COALESCE((c.flags ->> 'accusation')::boolean, false) = false
        ORDER BY a.date, a.session, a.leader_id, a.slot_start NULLS LAST, c.reference`,
      [...params, statuses],
    );
  }

  /** Rows of sessions from `from` to `to` whose appointments `who` ($1 = `id`) selects. */
  private between(
    who: string,
    id: string,
    from: string,
    to: string,
    statuses: string[],
    runner: EntityManager = this.db.manager,
  ): Promise<Row[]> {
    return this.rows(runner, `${who} AND a.date BETWEEN $2 AND $3`, [id, from, to], statuses);
  }

  /** Groups rows by session; sessions whose appointments all left keep an empty list. */
  private static group(rows: Row[]): SessionAppointments[] {
    const out = new Map<string, SessionAppointments>();
    for (const r of rows) {
      const key = `${r.date}|${r.session}|${r.leader_id}`;
      let s = out.get(key);
      if (!s) {
        s = {
          date: r.date,
          session: r.session,
          leaderId: r.leader_id,
          caseCodes: [],
          updatedAt: r.updated_at,
        };
        out.set(key, s);
      }
      if (BOOKED.includes(r.status)) s.caseCodes.push(r.reference);
      if (r.updated_at > s.updatedAt) s.updatedAt = r.updated_at;
    }
    return [...out.values()];
  }

  /** Feeds: every leader's sessions of a unit, with the codes of their booked cases. */
  async forUnit(unitId: string, from: string, to: string): Promise<SessionAppointments[]> {
    const rows = await this.between('a.unit_id = $1', unitId, from, to, SHOWN);
    return SessionAppointmentsReader.group(rows);
  }

  /** Feeds: the sessions a department is invited to, with the codes of the cases concerning it. */
  async forDepartment(
    departmentId: string,
    from: string,
    to: string,
  ): Promise<SessionAppointments[]> {
    const rows = await this.between('$1 = ANY(a.department_ids)', departmentId, from, to, BOOKED);
    return SessionAppointmentsReader.group(rows);
  }

  /** Reminders: booked cases per session, with the departments each invites. */
  async sessionCases(
    unitId: string,
    from: string,
    to: string,
    tx?: EntityManager,
  ): Promise<SessionCases[]> {
    const rows = await this.between('a.unit_id = $1', unitId, from, to, BOOKED, tx);
    const out = new Map<string, SessionCases>();
    for (const r of rows) {
      const key = `${r.date}|${r.session}|${r.leader_id}`;
      const s = out.get(key) ?? {
        date: r.date,
        session: r.session,
        leaderId: r.leader_id,
        cases: [],
      };
      s.cases.push({ code: r.reference, departmentIds: r.department_ids });
      out.set(key, s);
    }
    return [...out.values()];
  }

  /** The petition bureau's digest: appointments booked on a date. */
  async countForDate(unitId: string, date: string): Promise<number> {
    const rows = await this.rows(
      this.db.manager,
      'a.unit_id = $1 AND a.date = $2',
      [unitId, date],
      BOOKED,
    );
    return rows.length;
  }
}
