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
  pendingRequests: PendingRequestsReader | null = null;

  registerAppointmentCounter(counter: AppointmentCounter): void {
    this.appointmentCounter = counter;
  }

  registerSessionCases(reader: SessionCasesReader): void {
    this.sessionCases = reader;
  }

  registerPendingRequests(reader: PendingRequestsReader): void {
    this.pendingRequests = reader;
  }
}
