/**
 * A year of hall records for the demo city 青嵘市 (2026, January to November): attendance per
 * duty, walk-in receptions with follow-ups, and a dozen 重点约访 cases received, so that the
 * report page and the xlsx have content. Everything here is DEMONSTRATION data: attendance and
 * walk-ins carry `demo = true`, the cases the reference prefix DEMO- and the batch 演示数据. No
 * roster is written (the demo's months stay free to plan); each attendance row names the leader
 * the demo plan gave the duty. Deterministic: the same figures on every machine.
 */
import { DateTime } from 'luxon';
import type { DataSource, EntityManager } from 'typeorm';
import {
  checkCharacter,
  type PiiCrypto,
  type ReceptionOutcome,
  type Satisfaction,
  WalkInPetitioner,
  WalkInReception,
} from '../appointments/index.js';
import { seedDemoCases } from './demo-hall-cases.js';
import { FALLBACK, FAMILY, GIVEN, LOCALITIES, SUMMARIES } from './demo-hall-text.js';
import { DutyAttendance } from '../attendance/index.js';
import { SpecialPeriod } from '../calendar/index.js';
import { Department, Leader, Unit } from '../org/index.js';
import { mulberry32 } from '../solver/index.js';

export const DEMO_HALL_YEAR = 2026;
/** The last day of the seeded record. */
export const DEMO_HALL_THROUGH = '2026-11-30';

interface Day {
  date: string;
  working: boolean;
}

async function daysOf(tx: EntityManager, year: number, through: string): Promise<Day[]> {
  const rows: Array<{ date: string; kind: string }> = await tx.query(
    "SELECT to_char(date, 'YYYY-MM-DD') AS date, kind FROM statutory_day WHERE year = $1",
    [year],
  );
  const kind = new Map(rows.map((r) => [r.date, r.kind]));
  const out: Day[] = [];
  for (
    let d = DateTime.fromISO(`${year}-01-01`);
    d.toISODate()! <= through;
    d = d.plus({ days: 1 })
  ) {
    const date = d.toISODate()!;
    const k = kind.get(date);
    out.push({ date, working: k === 'makeup_workday' || (k !== 'holiday' && d.weekday <= 5) });
  }
  return out;
}

/** What every part of the demo year draws on: one seeded generator, so the order of draws is fixed. */
interface DemoYear {
  tx: EntityManager;
  unitId: string;
  adminId: string;
  crypto: PiiCrypto;
  rnd: () => number;
  pick: <T>(xs: readonly T[]) => T;
  people: () => DemoPerson;
  nextWorking: (date: string) => string;
}

interface DemoPerson {
  name: string;
  phone: string;
  idNumber: string;
}

type SatSession = { date: string; session: 'AM' | 'PM'; leader: Leader };

/** Writes the demo city's year of hall records; does nothing when they exist already. */
export async function seedDemoHallYear(db: DataSource, crypto: PiiCrypto): Promise<void> {
  await db.transaction(async (tx) => {
    const unit = await tx.getRepository(Unit).findOneByOrFail({ code: 'QR' });
    if (await tx.getRepository(DutyAttendance).exists({ where: { unitId: unit.id, demo: true } }))
      return;
    const [{ id: adminId }] = await tx.query("SELECT id FROM app_user WHERE username = 'admin'");
    const leaders = (
      await tx
        .getRepository(Leader)
        .find({ where: { unitId: unit.id }, order: { protocolOrder: 'ASC' } })
    ).filter((l) => l.publicReception);
    const departments = await tx.getRepository(Department).find({ where: { unitId: unit.id } });
    const periods = await tx.getRepository(SpecialPeriod).find({ where: { unitId: unit.id } });
    const days = await daysOf(tx, DEMO_HALL_YEAR, DEMO_HALL_THROUGH);
    const rnd = mulberry32(20260304);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
    const year: DemoYear = {
      tx,
      unitId: unit.id,
      adminId,
      crypto,
      rnd,
      pick,
      people: peopleOf(pick),
      nextWorking: nextWorkingOf(days),
    };
    const { attendance, sat } = attendanceOf(days, periods, leaders, rnd);
    await tx.getRepository(DutyAttendance).save(
      attendance.map((a) =>
        tx
          .getRepository(DutyAttendance)
          .create({ ...a, unitId: unit.id, demo: true, recordedBy: adminId }),
      ),
      { chunk: 200 },
    );
    await seedWalkIns(year, sat, departments);
    await seedDemoCases(tx, unit.id, adminId, sat, crypto, year.people, rnd, year.nextWorking);
  });
}

/** The next working day on or after a date (within a month and the demo year). */
function nextWorkingOf(days: Day[]): (date: string) => string {
  const working = new Set(days.filter((d) => d.working).map((d) => d.date));
  return (date) => {
    let d = DateTime.fromISO(date);
    for (let i = 0; i < 31 && !working.has(d.toISODate()!) && d.year === DEMO_HALL_YEAR; i++)
      d = d.plus({ days: 1 });
    return d.toISODate()!;
  };
}

/** Made-up petitioners with valid-looking ID numbers (a correct check character). */
function peopleOf(pick: DemoYear['pick']): () => DemoPerson {
  let person = 0;
  return () => {
    person++;
    const birth = `19${50 + (person % 45)}${String(1 + (person % 12)).padStart(2, '0')}${String(1 + (person % 28)).padStart(2, '0')}`;
    const first17 = `330102${birth}${String(person % 1000).padStart(3, '0')}`;
    return {
      name: pick(FAMILY) + pick(GIVEN),
      phone: `139${String(10000000 + person * 7919).slice(-8)}`,
      idNumber: first17 + checkCharacter(first17),
    };
  };
}

/**
 * Who was planned and who sat, day by day: leaders in protocol order, one a working morning and a
 * period's sessions and cover inside special periods; 5% 代班, 3% absent.
 */
function attendanceOf(
  days: Day[],
  periods: SpecialPeriod[],
  leaders: Leader[],
  rnd: () => number,
): { attendance: Array<Partial<DutyAttendance>>; sat: SatSession[] } {
  const attendance: Array<Partial<DutyAttendance>> = [];
  const sat: SatSession[] = [];
  let turn = 0;
  for (const day of days) {
    const period = periods.find(
      (p) =>
        day.date >= p.startDate && day.date <= p.endDate && !p.excludedDates.includes(day.date),
    );
    const sessions: Array<'AM' | 'PM'> = period ? period.sessionCodes : day.working ? ['AM'] : [];
    const perSession = period ? period.leadersPerSession : 1;
    for (const session of sessions) {
      const onSession = new Set<string>();
      for (let k = 0; k < perSession; k++) {
        const planned = leaders[turn++ % leaders.length];
        onSession.add(planned.id);
        const duty = { date: day.date, session, plannedLeaderId: planned.id };
        const r = rnd();
        if (r < 0.05) {
          // 代班: the next leader in the rotation who is not on the session already.
          let sub = leaders[turn % leaders.length];
          if (onSession.has(sub.id)) sub = leaders[(turn + 1) % leaders.length];
          onSession.add(sub.id);
          attendance.push({
            ...duty,
            status: 'substituted',
            satLeaderId: sub.id,
            reason: '临时公务，由其他领导代班',
          });
          sat.push({ date: day.date, session, leader: sub });
        } else if (r < 0.08) {
          attendance.push({ ...duty, status: 'absent', satLeaderId: null, reason: '临时会议' });
        } else {
          attendance.push({ ...duty, status: 'present', satLeaderId: planned.id, reason: null });
          sat.push({ date: day.date, session, leader: planned });
        }
      }
    }
  }
  return { attendance, sat };
}

/** None, one or two walk-ins at each session a leader sat, on the leader's own portfolio. */
async function seedWalkIns(year: DemoYear, sat: SatSession[], departments: Department[]) {
  const { rnd } = year;
  const perDay = new Map<string, number>();
  for (const s of sat) {
    const count = rnd() < 0.45 ? 0 : rnd() < 0.7 ? 1 : 2;
    for (let i = 0; i < count; i++) {
      const n = (perDay.get(s.date) ?? 0) + 1;
      perDay.set(s.date, n);
      await seedWalkIn(year, s, n, departments);
    }
  }
}

/** One walk-in: its outcome, when it closed, the follow-up, and its representatives. */
async function seedWalkIn(year: DemoYear, s: SatSession, n: number, departments: Department[]) {
  const { tx, rnd, pick } = year;
  const own = s.leader.portfolioSubjects.filter((x) => x in SUMMARIES);
  const subject = own.length ? pick(own) : 'urban_construction';
  const [summary, demands] = SUMMARIES[subject] ?? FALLBACK;
  const group = rnd() < 0.12;
  const persons = group ? 5 + Math.floor(rnd() * 11) : 1 + Math.floor(rnd() * 3);
  const reps = group ? 5 : 1;
  const r = rnd();
  const outcome: ReceptionOutcome =
    r < 0.35 ? 'resolved' : r < 0.75 ? 'assigned' : r < 0.95 ? 'transferred' : 'other';
  const passedOn = outcome === 'assigned' || outcome === 'transferred';
  const nominal = DateTime.fromISO(s.date).plus({ days: 60 }).toISODate()!;
  const closeAfter =
    outcome === 'resolved'
      ? 0
      : outcome === 'other'
        ? 3 + Math.floor(rnd() * 15)
        : 5 + Math.floor(rnd() * 58);
  const closedOn = DateTime.fromISO(s.date).plus({ days: closeAfter }).toISODate()!;
  const closed = closedOn <= DEMO_HALL_THROUGH && rnd() < 0.95;
  let satisfaction: Satisfaction | null = null;
  if (closed && rnd() < 0.8) {
    const f = rnd();
    satisfaction = f < 0.7 ? 'satisfied' : f < 0.93 ? 'basically_satisfied' : 'unsatisfied';
  }
  const dept = passedOn
    ? (departments.find((d) => d.subjectCodes.includes(subject)) ?? departments[0])
    : null;
  const walkIns = tx.getRepository(WalkInReception);
  const saved = await walkIns.save(
    walkIns.create({
      unitId: year.unitId,
      reference: `LF-${s.date.replace(/-/g, '')}-${String(n).padStart(3, '0')}`,
      date: s.date,
      session: s.session,
      leaderId: s.leader.id,
      caseLeaderId: s.leader.id,
      caseLeaderReason: null,
      persons,
      subjectCode: subject,
      locality: pick(LOCALITIES),
      summary,
      demands,
      outcome,
      handlingDepartmentId: dept?.id ?? null,
      followUp: dept ? `${dept.name}办理并答复` : null,
      dueDate: passedOn ? year.nextWorking(nominal) : null,
      nominalDueDate: passedOn ? nominal : null,
      status: closed ? 'closed' : 'open',
      duplicateOfCaseId: null,
      duplicateOfWalkInId: null,
      closedOn: closed ? closedOn : null,
      result: closed ? (outcome === 'resolved' ? '当场答复解决' : '已办理并书面答复') : null,
      followedUpOn: satisfaction ? DateTime.fromISO(closedOn).plus({ days: 3 }).toISODate() : null,
      satisfaction,
      resolved: satisfaction ? satisfaction !== 'unsatisfied' : null,
      escalatedCaseId: null,
      demo: true,
      recordedBy: year.adminId,
    }),
  );
  const pets = tx.getRepository(WalkInPetitioner);
  await pets.save(
    Array.from({ length: reps }, (_, position) => {
      const p = year.people();
      return pets.create({
        walkInId: saved.id,
        position,
        nameEnc: year.crypto.encrypt(p.name),
        phoneEnc: year.crypto.encrypt(p.phone),
        idNumberEnc: year.crypto.encrypt(p.idNumber),
        idNumberHmac: year.crypto.hmacIdNumber(p.idNumber),
      });
    }),
  );
}
