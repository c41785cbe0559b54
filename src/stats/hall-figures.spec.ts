import type { DutyRecord } from '../attendance/index.js';
import type { ReceptionFact } from '../appointments/index.js';
import {
  type HallFacts,
  hallFigures,
  periodPhrase,
  reportSentence,
  type WalkInFact,
} from './hall-figures.js';

const duty = (over: Partial<DutyRecord>): DutyRecord => ({
  date: '2026-03-31',
  session: 'AM',
  plannedLeaderId: 'A',
  status: 'present',
  satLeaderId: 'A',
  reason: null,
  demo: false,
  confirmed: false,
  ...over,
});
const walkIn = (over: Partial<WalkInFact>): WalkInFact => ({
  id: Math.random().toString(),
  date: '2026-03-31',
  session: 'AM',
  leaderId: 'A',
  caseLeaderId: 'A',
  persons: 1,
  status: 'open',
  dueDate: null,
  closedOn: null,
  satisfaction: null,
  duplicate: false,
  ...over,
});
const reception = (over: Partial<ReceptionFact>): ReceptionFact => ({
  id: Math.random().toString(),
  leaderId: 'A',
  date: '2026-03-31',
  session: 'AM',
  persons: 2,
  batches: 1,
  outcome: 'assigned',
  dueDate: null,
  caseId: 'c1',
  caseStatus: 'received',
  caseClosedOn: null,
  ...over,
});
const facts = (f: Partial<HallFacts>): HallFacts => ({
  duties: [],
  walkIns: [],
  receptions: [],
  today: '2026-12-01',
  ...f,
});
const march = { from: '2026-03-01', to: '2026-03-31' };
const april = { from: '2026-04-01', to: '2026-04-30' };

describe('hall figures', () => {
  it('counts days and half days sat, not absences, unrecorded duties or on-call days', () => {
    const f = hallFigures(
      facts({
        duties: [
          duty({}),
          duty({ session: 'PM', status: 'substituted', satLeaderId: 'B' }),
          duty({ date: '2026-03-30', status: 'absent', satLeaderId: null }),
          duty({ date: '2026-03-29', status: 'unrecorded' }),
          duty({ date: '2026-03-28', session: 'CALL' }),
          duty({ date: '2026-04-01' }),
        ],
      }),
      march,
    );
    expect([f.sittingDays, f.sittingHalfDays, f.substitutions, f.absences]).toEqual([1, 2, 1, 1]);
  });

  it('splits a month end exactly: the 31st belongs to March, the 1st to April', () => {
    const all = facts({ walkIns: [walkIn({}), walkIn({ date: '2026-04-01', persons: 3 })] });
    expect(hallFigures(all, march).walkInPersons).toBe(1);
    expect(hallFigures(all, april).walkInPersons).toBe(3);
  });

  it('counts walk-ins and appointments separately and together; a duplicate as a visit, not a matter', () => {
    const f = hallFigures(
      facts({
        walkIns: [walkIn({ persons: 4 }), walkIn({ duplicate: true, persons: 1 })],
        receptions: [
          reception({}),
          reception({ caseId: 'c2', caseStatus: 'closed', caseClosedOn: '2026-04-02' }),
        ],
      }),
      march,
    );
    expect(f).toMatchObject({
      walkInBatches: 2,
      walkInPersons: 5,
      appointmentBatches: 2,
      appointmentPersons: 4,
      batches: 4,
      persons: 9,
      priorityReceived: 2,
      priorityResolved: 1,
      casesOpen: 2,
      casesClosed: 1,
    });
  });

  it('按期办结率: deadlines in the period, past or met; closed on the due day is on time', () => {
    const f = hallFigures(
      facts({
        today: '2026-03-20',
        walkIns: [
          walkIn({
            date: '2026-01-10',
            dueDate: '2026-03-11',
            closedOn: '2026-03-11',
            status: 'closed',
          }),
          walkIn({
            date: '2026-01-10',
            dueDate: '2026-03-12',
            closedOn: '2026-03-13',
            status: 'closed',
          }),
          walkIn({ date: '2026-01-10', dueDate: '2026-03-13' }),
          // Not yet due and still open: not counted.
          walkIn({ date: '2026-01-25', dueDate: '2026-03-25' }),
          // A duplicate has no clock of its own.
          walkIn({ date: '2026-01-10', dueDate: '2026-03-11', duplicate: true }),
        ],
      }),
      march,
    );
    expect([f.dueInPeriod, f.closedOnTime, f.onTimeRate]).toEqual([3, 1, 33.3]);
  });

  it('群众满意率 over the follow-ups made; none made is no rate, not 0', () => {
    const f = hallFigures(
      facts({
        walkIns: [
          walkIn({ satisfaction: 'satisfied' }),
          walkIn({ satisfaction: 'basically_satisfied' }),
          walkIn({ satisfaction: 'unsatisfied' }),
          walkIn({}),
        ],
      }),
      march,
    );
    expect([f.followUps, f.satisfied, f.satisfactionRate]).toEqual([3, 2, 66.7]);
    expect(hallFigures(facts({}), march).satisfactionRate).toBeNull();
  });

  it("gives one leader's figures: sat by, received by, carried by", () => {
    const all = facts({
      duties: [duty({ status: 'substituted', satLeaderId: 'B' })],
      walkIns: [walkIn({ leaderId: 'B', caseLeaderId: 'C' })],
    });
    expect(hallFigures(all, { ...march, leaderId: 'A' })).toMatchObject({
      sittingDays: 0,
      substitutions: 1,
    });
    expect(hallFigures(all, { ...march, leaderId: 'B' })).toMatchObject({
      sittingDays: 1,
      walkInBatches: 1,
      casesOpen: 0,
    });
    expect(hallFigures(all, { ...march, leaderId: 'C' })).toMatchObject({
      walkInBatches: 0,
      casesOpen: 1,
    });
  });

  it("words the annual report's sentence", () => {
    expect(periodPhrase('全国两会特护期')).toBe('全国两会特护期间');
    expect(periodPhrase('春节')).toBe('春节特护期间');
    const f = hallFigures(facts({}), march);
    expect(
      reportSentence(2027, '全国两会特护期', '市级', {
        ...f,
        sittingDays: 13,
        batches: 7,
        persons: 17,
      }),
    ).toBe('2027年全国两会特护期间，市级领导坐班13天，约访接访7批次17人次');
  });
});
