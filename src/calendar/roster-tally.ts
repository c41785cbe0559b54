import { Injectable } from '@nestjs/common';

/** A roster whose month holds dates whose holiday arrangement would change. */
export interface AffectedRoster {
  id: string;
  unitId: string;
  unitName: string;
  month: string;
  status: string;
  publishedVersion: number;
  dutiesOnChangedDates: number;
}

/**
 * What the holiday pages need to know of rosters. Calendar sits below roster, so it cannot ask
 * the roster module; the roster module fills this port in at start-up (RosterCalendarTally).
 */
export interface RosterTallyReader {
  /** Rosters per year: how many, and how many of them published. */
  perYear(): Promise<Array<{ year: number; rosters: number; published: number }>>;
  /** Every unit's rosters of the months holding `dates`, with their duties on those dates. */
  onDates(dates: string[]): Promise<AffectedRoster[]>;
}

@Injectable()
export class RosterTally implements RosterTallyReader {
  private reader: RosterTallyReader | null = null;

  register(reader: RosterTallyReader): void {
    this.reader = reader;
  }

  perYear() {
    return this.reader?.perYear() ?? Promise.resolve([]);
  }

  onDates(dates: string[]) {
    return dates.length === 0 || !this.reader ? Promise.resolve([]) : this.reader.onDates(dates);
  }
}
