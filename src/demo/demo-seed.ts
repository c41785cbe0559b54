import type { DataSource } from 'typeorm';
import { hashPassword, type Role, User } from '../auth/index.js';
import { Department, Leader, type SessionTemplate, Unit } from '../org/index.js';
import { seedDemoSpecialPeriods } from './demo-special-periods.js';
import {
  CITY_ISSUING_OFFICE,
  CITY_VENUE,
  DEMO_DEPARTMENTS,
  DEMO_LEADERS,
  DEMO_UNITS,
} from './qingrong-city.js';

export const SESSION_TEMPLATES: SessionTemplate[] = [
  { code: 'AM', start: '08:30', end: '11:30' },
  { code: 'PM', start: '14:30', end: '17:30' },
];

/** True when the database holds no unit yet, i.e. a fresh install the demo may fill. */
export async function isEmpty(db: DataSource): Promise<boolean> {
  return (await db.getRepository(Unit).count()) === 0;
}

/**
 * Writes the fictional city 青嵘市 and its demo accounts in one transaction: all or nothing.
 * Users: admin, office, petition, politics, leader01..leader20, liaison01 (住建局 liaison),
 * county01 (嵘城区 office), all with `password`.
 */
export async function seedDemoCity(db: DataSource, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const units = tx.getRepository(Unit);
    const city = await units.save(
      units.create({
        ...DEMO_UNITS[0],
        parentId: null,
        receptionVenue: CITY_VENUE,
        sessionTemplates: SESSION_TEMPLATES,
        issuingOffice: CITY_ISSUING_OFFICE,
      }),
    );
    const counties = await units.save(
      DEMO_UNITS.slice(1).map((u) =>
        units.create({
          ...u,
          parentId: city.id,
          receptionVenue: `${u.name}群众来访接待中心`,
          sessionTemplates: SESSION_TEMPLATES,
        }),
      ),
    );
    const leaderRepo = tx.getRepository(Leader);
    const leaders = await leaderRepo.save(
      DEMO_LEADERS.map((l, i) =>
        leaderRepo.create({
          unitId: city.id,
          code: l.code,
          name: l.name,
          title: l.title,
          protocolOrder: i + 1,
          rotationPool: l.pool,
          portfolioSubjects: l.subjects,
          portfolioText: l.portfolioText,
          minSessionsPerMonth: l.monthly[0],
          maxSessionsPerMonth: l.monthly[1],
          maxSessionsPerQuarter: l.quarter ?? null,
          minSessionsPerQuarter: l.quarter ? 1 : null,
          rank: l.rank,
          venue: l.venue ?? null,
          publicReception: l.publicReception ?? true,
          activeFrom: '2026-01-01',
          activeTo: null,
          active: true,
          contact: { email: `${l.code.toLowerCase()}@qingrong.example` },
          secretary: {
            name: `${l.name}同志秘书`,
            email: `${l.code.toLowerCase()}-sec@qingrong.example`,
          },
        }),
      ),
    );
    const departments = tx.getRepository(Department);
    const savedDepartments = await departments.save(
      DEMO_DEPARTMENTS.map((d) =>
        departments.create({
          unitId: city.id,
          name: d.name,
          subjectCodes: d.subjects,
          contact: {},
        }),
      ),
    );
    // 市委书记 opens each 特护期 (domain table: "first day of each 特护期").
    const l01 = leaders.find((l) => l.code === 'L01')!;
    await seedDemoSpecialPeriods(tx, city.id, l01.id);
    const staff: Array<[string, string, Role]> = [
      ['admin', '系统管理员', 'admin'],
      ['office', '市委办公室、市政府办公室（两办）', 'office'],
      ['petition', '市信访局', 'petition'],
      ['politics', '市委政法委', 'politics'],
    ];
    const users = tx.getRepository(User);
    await users.save([
      ...staff.map(([username, displayName, role]) =>
        users.create({ username, displayName, role, unitId: city.id, passwordHash }),
      ),
      ...leaders.map((leader, i) =>
        users.create({
          username: `leader${String(i + 1).padStart(2, '0')}`,
          displayName: `${leader.name}（本人或秘书）`,
          role: 'leader',
          unitId: city.id,
          leaderId: leader.id,
          passwordHash,
        }),
      ),
      // A department liaison and a county office, so their pages can be tried too.
      users.create({
        username: 'liaison01',
        displayName: '市住房和城乡建设局联络员',
        role: 'department',
        unitId: city.id,
        departmentId: savedDepartments.find((d) => d.name === '市住房和城乡建设局')!.id,
        passwordHash,
      }),
      users.create({
        username: 'county01',
        displayName: `${counties[0].name}两办`,
        role: 'office',
        unitId: counties[0].id,
        passwordHash,
      }),
    ]);
  });
}
