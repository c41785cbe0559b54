import { Injectable } from '@nestjs/common';

/**
 * What a feed may show about the appointments of one leader's session: how many, and their case
 * codes. Never a petitioner's name, phone or ID number, never a restricted (纪检监察/检举控告) case.
 */
export interface SessionAppointments {
  date: string;
  session: 'AM' | 'PM';
  leaderId: string;
  caseCodes: string[];
  /** Latest change of these appointments; the feed's DTSTAMP follows it. */
  updatedAt: Date;
}

/**
 * The seam the appointments module implements (scheduled appointments only) and registers with
 * FeedAppointmentsRegistry.register(). Calls that change what it returns must also call
 * FeedsService.touch(tx, unitId) in their transaction so cached feeds are rebuilt.
 */
export interface FeedAppointmentsSource {
  /** Appointments in a unit's sessions between two civil dates (inclusive), of all leaders. */
  forUnit(unitId: string, from: string, to: string): Promise<SessionAppointments[]>;
  /** Sessions a department is invited to (集体会商), with the case codes concerning it. */
  forDepartment(departmentId: string, from: string, to: string): Promise<SessionAppointments[]>;
}

/** Until the appointments module registers itself, feeds show sessions without appointments. */
@Injectable()
export class FeedAppointmentsRegistry implements FeedAppointmentsSource {
  private source: FeedAppointmentsSource | null = null;

  register(source: FeedAppointmentsSource): void {
    this.source = source;
  }

  forUnit(unitId: string, from: string, to: string): Promise<SessionAppointments[]> {
    return this.source ? this.source.forUnit(unitId, from, to) : Promise.resolve([]);
  }

  forDepartment(departmentId: string, from: string, to: string): Promise<SessionAppointments[]> {
    return this.source ? this.source.forDepartment(departmentId, from, to) : Promise.resolve([]);
  }
}
