import { randomUUID } from 'node:crypto';
import type { DeepPartial, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/index.js';
import { Clock } from '../common/clock.js';
import type { Department } from './department.entity.js';
import { DepartmentsService } from './departments.service.js';
import type { Leader } from './leader.entity.js';
import { LeadersService } from './leaders.service.js';
import { OrgHooks } from './org-hooks.js';
import type { Subject, SubjectAlias } from './subject.entity.js';
import { SUBJECT_ALIASES, SUBJECTS } from './subject-taxonomy.js';
import { SubjectStore } from './subject-store.js';
import { SubjectsService } from './subjects.service.js';
import type { Unit } from './unit.entity.js';
import { UnitStore } from './unit-store.js';
import { UnitsService } from './units.service.js';
import { type ChangeOptions, UnitScopedStore, type UnitScopedRow } from './unit-scoped-store.js';

/**
 * Org's services on in-memory stores, for specs of their rules without PostgreSQL. The stores
 * keep what the tables promise: copies on read, a unique key per unit, the version bumped on each
 * save, and a change that throws leaves the row as it was. What PostgreSQL does itself (locks,
 * SQL) is tested end to end (test/org.e2e-spec.ts).
 */
class MemoryUnitScopedStore<T extends UnitScopedRow> extends UnitScopedStore<T> {
  readonly rows = new Map<string, T>();

  constructor(
    private readonly uniqueKey: (row: T) => string,
    private readonly order: (a: T, b: T) => number,
  ) {
    super();
  }

  async byId(id: string): Promise<T | null> {
    const row = this.rows.get(id);
    return row ? structuredClone(row) : null;
  }

  async byIds(ids: readonly string[]): Promise<T[]> {
    const rows = [...new Set(ids)].flatMap((id) => this.rows.get(id) ?? []);
    return rows.map((r) => structuredClone(r));
  }

  async ofUnit(unitId: string, withInactive: boolean): Promise<T[]> {
    return [...this.rows.values()]
      .filter((r) => r.unitId === unitId && (withInactive || r.active))
      .sort(this.order)
      .map((r) => structuredClone(r));
  }

  async insert(values: DeepPartial<T>, duplicate: () => Error): Promise<T> {
    const row = { ...structuredClone(values), id: randomUUID(), version: 1 } as unknown as T;
    this.assertUnique(row, duplicate);
    this.rows.set(row.id, row);
    return structuredClone(row);
  }

  async change(
    id: string,
    decide: (current: T) => T,
    { duplicate, then }: ChangeOptions<T> = {},
  ): Promise<T | null> {
    const current = await this.byId(id);
    if (!current) return null;
    const next = { ...decide(current), version: current.version + 1 };
    if (duplicate) this.assertUnique(next, duplicate);
    await then?.(structuredClone(next), {} as EntityManager);
    this.rows.set(id, next);
    return structuredClone(next);
  }

  private assertUnique(row: T, duplicate: () => Error): void {
    const key = this.uniqueKey(row);
    const taken = [...this.rows.values()].some((r) => r.id !== row.id && this.uniqueKey(r) === key);
    if (taken) throw duplicate();
  }
}

class MemoryUnitStore extends UnitStore {
  readonly rows = new Map<string, Unit>();

  async byId(id: string): Promise<Unit | null> {
    const unit = this.rows.get(id);
    return unit ? structuredClone(unit) : null;
  }

  async list(id?: string): Promise<Unit[]> {
    return [...this.rows.values()]
      .filter((u) => id === undefined || u.id === id)
      .sort((a, b) => a.level.localeCompare(b.level) || a.code.localeCompare(b.code))
      .map((u) => structuredClone(u));
  }

  async save(unit: Unit): Promise<Unit> {
    this.rows.set(unit.id, structuredClone(unit));
    return unit;
  }

  async count(): Promise<number> {
    return this.rows.size;
  }
}

/** The seeded taxonomy (subject-taxonomy.ts), as the seed migration writes it. */
class MemorySubjectStore extends SubjectStore {
  private readonly subjectRows: Subject[] = SUBJECTS.map((s, i) => ({
    code: s.code,
    name: s.name,
    sortOrder: i + 1,
    restricted: s.restricted ?? false,
  }));
  private readonly aliasRows: SubjectAlias[] = SUBJECT_ALIASES.map((a) => ({
    label: a.label,
    subjectCodes: a.codes,
  }));

  async subjects(): Promise<Subject[]> {
    return [...this.subjectRows].sort((a, b) => a.sortOrder - b.sortOrder);
  }

  async aliases(): Promise<SubjectAlias[]> {
    return this.aliasRows;
  }

  async named(text: string): Promise<Subject | null> {
    return this.subjectRows.find((s) => s.name === text || s.code === text) ?? null;
  }

  async alias(label: string): Promise<SubjectAlias | null> {
    return this.aliasRows.find((a) => a.label === label) ?? null;
  }
}

/** A city to put leaders and departments in. */
export const CITY: Unit = {
  id: '00000000-0000-4000-8000-000000000001',
  code: 'QR',
  name: '青嵘市',
  level: 'city',
  parentId: null,
  receptionVenue: '市信访接待中心',
  sessionTemplates: [
    { code: 'AM', start: '08:30', end: '11:30' },
    { code: 'PM', start: '14:30', end: '17:30' },
  ],
  rosterRules: null,
  issuingOffice: '',
  deadlineRollsToWorkingDay: true,
  createdAt: new Date('2026-01-01T00:00:00Z'),
  updatedAt: new Date('2026-01-01T00:00:00Z'),
};

/** A caller of `role` in `unitId` (the city unless given). */
export const callerOf = (role: AuthUser['role'], unitId = CITY.id): AuthUser => ({
  id: `u-${role}-${unitId}`,
  username: role,
  role,
  unitId,
  leaderId: null,
  departmentId: null,
});

/** Org's four services wired as OrgModule wires them, on in-memory stores holding CITY. */
export function orgOnMemory(): {
  units: UnitsService;
  leaders: LeadersService;
  departments: DepartmentsService;
  subjects: SubjectsService;
  hooks: OrgHooks;
  clock: Clock;
  leaderRows: MemoryUnitScopedStore<Leader>;
  departmentRows: MemoryUnitScopedStore<Department>;
  unitRows: MemoryUnitStore;
} {
  const unitRows = new MemoryUnitStore();
  unitRows.rows.set(CITY.id, structuredClone(CITY));
  const leaderRows = new MemoryUnitScopedStore<Leader>(
    (l) => `${l.unitId}|${l.code}`,
    (a, b) => a.protocolOrder - b.protocolOrder || a.code.localeCompare(b.code),
  );
  const departmentRows = new MemoryUnitScopedStore<Department>(
    (d) => `${d.unitId}|${d.name}`,
    (a, b) => a.name.localeCompare(b.name),
  );
  const hooks = new OrgHooks();
  const clock = new Clock();
  const units = new UnitsService(unitRows);
  const subjectsService = new SubjectsService(new MemorySubjectStore());
  return {
    units,
    leaders: new LeadersService(leaderRows, units, subjectsService, hooks, clock),
    departments: new DepartmentsService(departmentRows, units, subjectsService, hooks),
    subjects: subjectsService,
    hooks,
    clock,
    leaderRows,
    departmentRows,
    unitRows,
  };
}
