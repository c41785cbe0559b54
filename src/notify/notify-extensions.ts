import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Counts the appointments booked for a unit's date (the appointments module provides it). */
export type AppointmentCounter = (unitId: string, date: string) => Promise<number>;

/** The booked appointments of one leader's session: case codes and the departments each invites. */
export interface SessionCases {
  date: string;
  session: 'AM' | 'PM';
  leaderId: string;
  /** Never a restricted (纪检监察/检举控告) case, never petitioner data. */
  cases: Array<{ code: string; departmentIds: string[] }>;
}

/**
 * Sessions with booked appointments between two civil dates (inclusive). Read through `tx` when
 * given, so planning inside an appointment's transaction sees its uncommitted change.
 */
export type SessionCasesReader = (
  unitId: string,
  from: string,
  to: string,
  tx?: EntityManager,
) => Promise<SessionCases[]>;

/**
 * Makes the text a message is sent with from the stored one, at delivery time: what must never
 * be stored or shown to the office (a leader's calendar link) is created only then.
 */
export type BodyRenderer = (row: {
  unitId: string;
  body: string;
  ref: { leaderId?: string };
}) => Promise<string>;

export const sessionCasesKey = (s: { date: string; session: string; leaderId: string }) =>
  `${s.date}|${s.session}|${s.leaderId}`;

/** An open leave or swap request, as 两办's digest lists it. */
export interface PendingRequest {
  kind: 'leave' | 'swap';
  status: string;
  date: string;
  session: string;
  leaderName: string;
  otherLeaderName: string | null;
  otherDate: string | null;
  otherSession: string | null;
}

/** Open requests of a unit (expiring the due ones first). */
export type PendingRequestsReader = (unitId: string) => Promise<PendingRequest[]>;

/**
 * Seams for modules that come later: the appointments module registers its counter (for the
 * digest) and its session reader (for the count in leaders' reminders and the departments'
 * invitations), and plans through AppointmentNotices inside its transactions.
 */
@Injectable()
export class NotifyExtensions {
  appointmentCounter: AppointmentCounter | null = null;
  sessionCases: SessionCasesReader | null = null;
  private readonly renderers = new Map<string, BodyRenderer>();
  pendingRequests: PendingRequestsReader | null = null;

  registerAppointmentCounter(counter: AppointmentCounter): void {
    this.appointmentCounter = counter;
  }

  registerSessionCases(reader: SessionCasesReader): void {
    this.sessionCases = reader;
  }

  /** The feeds module renders feed_link messages (see BodyRenderer). */
  registerBodyRenderer(rule: string, renderer: BodyRenderer): void {
    this.renderers.set(rule, renderer);
  }

  /** The body to send: the stored one, or what the rule's renderer makes of it. */
  render(row: { rule: string; unitId: string; body: string; ref: { leaderId?: string } }) {
    const renderer = this.renderers.get(row.rule);
    return renderer ? renderer(row) : Promise.resolve(row.body);
  }

  registerPendingRequests(reader: PendingRequestsReader): void {
    this.pendingRequests = reader;
  }
}
