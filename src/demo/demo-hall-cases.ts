/** The 重点约访 part of the demo year (see demo-hall-year.ts): DEMONSTRATION data only. */
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import {
  Appointment,
  CasePetitioner,
  type PiiCrypto,
  PriorityCase,
  type ReceptionOutcome,
  ReceptionRecord,
} from '../appointments/index.js';
import { type Leader, Subject } from '../org/index.js';
import { FALLBACK, SUMMARIES } from './demo-hall-text.js';
import { CHINA_ZONE } from '../common/clock.js';

export const DEMO_CASE_BATCH = '演示数据（非真实记录）';

/** A dozen 重点约访 cases received at sat sessions (three in the 全国两会 period), with their records. */
export async function seedDemoCases(
  tx: EntityManager,
  unitId: string,
  adminId: string,
  sat: Array<{ date: string; session: 'AM' | 'PM'; leader: Leader }>,
  crypto: PiiCrypto,
  people: () => { name: string; phone: string; idNumber: string },
  rnd: () => number,
  nextWorking: (date: string) => string,
) {
  const lianghui = sat.filter((s) => s.date >= '2026-02-25' && s.date <= '2026-03-13');
  const rest = sat.filter((s) => s.date < '2026-02-25' || s.date > '2026-03-13');
  const chosen = [
    ...[0, 4, 9].map((i) => lianghui[Math.min(i, lianghui.length - 1)]),
    ...Array.from({ length: 9 }, (_, i) => rest[Math.floor(((i + 0.5) * rest.length) / 9)]),
  ].filter(Boolean);
  // A real import stores the label the office typed: the category's name, not its code.
  const subjectNames = new Map(
    (await tx.getRepository(Subject).find()).map((row) => [row.code, row.name]),
  );
  for (const [i, s] of chosen.entries()) {
    const subject = s.leader.portfolioSubjects.find((x) => x in SUMMARIES) ?? 'urban_construction';
    const [summary] = SUMMARIES[subject] ?? FALLBACK;
    const persons = 1 + Math.floor(rnd() * 4);
    const outcome: ReceptionOutcome = i % 3 === 0 ? 'resolved' : 'assigned';
    const closed = i % 4 !== 3;
    const c = await tx.getRepository(PriorityCase).save(
      tx.getRepository(PriorityCase).create({
        unitId,
        reference: `DEMO-2026-${String(i + 1).padStart(2, '0')}`,
        submittedBy: 'petition',
        batch: DEMO_CASE_BATCH,
        subjectCode: subject,
        subjectLabel: subjectNames.get(subject) ?? subject,
        subcategory: null,
        locality: '嵘城区',
        summary: `（演示）${summary}`,
        risk: 'yellow',
        groupSize: persons,
        repeatCount: 1,
        backlogYears: 0,
        flags: {
          crossLevel: false,
          beijing: false,
          threeCross: false,
          threat: false,
          lawRelated: false,
          accusation: false,
        },
        routing: 'public',
        receiveBefore: DateTime.fromISO(s.date).plus({ days: 10 }).toISODate(),
        previousLeaderId: null,
        departmentIds: [],
        status: closed ? 'closed' : 'received',
        matchNote: null,
        closedReason: closed ? '已办结（演示）' : null,
        createdBy: adminId,
      }),
    );
    const p = people();
    await tx.getRepository(CasePetitioner).save(
      tx.getRepository(CasePetitioner).create({
        caseId: c.id,
        position: 0,
        nameEnc: crypto.encrypt(p.name),
        phoneEnc: crypto.encrypt(p.phone),
        idNumberEnc: crypto.encrypt(p.idNumber),
        idNumberHmac: crypto.hmacIdNumber(p.idNumber),
      }),
    );
    const a = await tx.getRepository(Appointment).save(
      tx.getRepository(Appointment).create({
        unitId,
        caseId: c.id,
        leaderId: s.leader.id,
        date: s.date,
        session: s.session,
        slotStart: s.session === 'AM' ? '09:00' : '15:00',
        slotEnd: s.session === 'AM' ? '10:00' : '16:00',
        departmentIds: [],
        status: 'received',
        month: s.date.slice(0, 7),
        score: 0,
        flagged: false,
        note: '演示数据',
      }),
    );
    const nominal = DateTime.fromISO(s.date).plus({ days: 60 }).toISODate()!;
    const [dept] = await tx.query(
      'SELECT id FROM department WHERE unit_id = $1 AND $2 = ANY(subject_codes) ORDER BY name LIMIT 1',
      [unitId, subject],
    );
    await tx.getRepository(ReceptionRecord).save(
      tx.getRepository(ReceptionRecord).create({
        unitId,
        appointmentId: a.id,
        leaderId: s.leader.id,
        date: s.date,
        persons,
        batches: 1,
        outcome,
        handlingDepartmentId: outcome === 'assigned' ? (dept?.id ?? null) : null,
        dueDate: outcome === 'assigned' ? nextWorking(nominal) : null,
        nominalDueDate: outcome === 'assigned' ? nominal : null,
        extensionReason: null,
        note: '演示数据',
        recordedBy: adminId,
      }),
    );
    // A closed case's last change is its closing (the figures read it as the closing day).
    if (closed) {
      const closedAt = DateTime.fromISO(s.date, { zone: CHINA_ZONE })
        .plus({ days: outcome === 'resolved' ? 0 : 30, hours: 16 })
        .toJSDate();
      await tx.query('UPDATE priority_case SET updated_at = $2 WHERE id = $1', [c.id, closedAt]);
    }
  }
}
