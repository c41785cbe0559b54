import type { Problem } from '../problem.js';

/** How rules name people and sessions in zh-CN messages. */
export class Words {
  private readonly names: Map<string, string>;
  private readonly shiftNames: Map<string, string>;

  constructor(problem: Pick<Problem, 'people' | 'shiftTypes'>, names?: Map<string, string>) {
    this.names = names ?? new Map(problem.people.map((p) => [p.id, p.name ?? p.id]));
    this.shiftNames = new Map(problem.shiftTypes.map((s) => [s.id, s.name ?? s.id]));
  }

  who(personId?: string): string {
    return personId === undefined ? '' : (this.names.get(personId) ?? personId);
  }

  shift(shiftId?: string): string {
    return shiftId === undefined ? '' : (this.shiftNames.get(shiftId) ?? shiftId);
  }

  /** '2026-03-05 上午', or the date alone without a shift, or '' without a date. */
  at(date?: string, shift?: string): string {
    if (date === undefined) return '';
    return shift === undefined ? date : `${date} ${this.shift(shift)}`;
  }

  /** '2026-03-05 至 2026-03-13'. */
  range(from?: string, to?: string): string {
    return `${from ?? ''} 至 ${to ?? ''}`;
  }

  /** '2026-03-05、2026-03-07'. */
  dates(dates: readonly string[]): string {
    return dates.join('、');
  }
}
