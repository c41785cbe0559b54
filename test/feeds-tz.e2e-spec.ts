import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import ical from 'node-ical';
import { AuthService } from '../src/auth/auth.service.js';
import { FeedAppointmentsRegistry } from '../src/feeds/feed-appointments.js';
import { FeedsService } from '../src/feeds/feeds.service.js';
import { TEST_DEMO_PASSWORD } from './support/constants.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * ical-generator once printed 08:30 Beijing time as 00:30 on a UTC server: the service must render
 * the same feed whatever timezone its process runs in. Node reads TZ when it starts, so this file
 * runs itself again in a child Jest per timezone (FEEDS_TZ_CHILD set): there the whole service
 * renders every feed kind, ical.js and node-ical parse it in that process and Debian's
 * python3-icalendar in one of the same TZ. The parent compares the bodies across timezones.
 */

const TIMEZONES = ['UTC', 'America/New_York'] as const;
const CHILD = process.env.FEEDS_TZ_CHILD;
const KINDS = ['leader', 'unit', 'department'] as const;

const PYTHON = `
import json, sys
from datetime import timezone
from icalendar import Calendar
cal = Calendar.from_ical(sys.stdin.buffer.read().decode('utf-8'))
out = {}
for ev in cal.walk('VEVENT'):
    start, end = ev.decoded('DTSTART'), ev.decoded('DTEND')
    assert start.tzinfo is not None and end.tzinfo is not None, 'floating time'
    fmt = lambda d: d.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.000Z')
    out[str(ev['UID'])] = [fmt(start), fmt(end), str(ev['SUMMARY']), str(ev['DESCRIPTION'])]
print(json.dumps(out, ensure_ascii=False))
`;

type Parsed = Record<string, [string, string, string, string]>;

/** What to do when the real parser is not there: the check stays, the failure says how to fix it. */
const INSTALL_PYTHON_ICALENDAR =
  'The feed check needs a real iCalendar reader: the Debian package python3-icalendar for ' +
  '/usr/bin/python3. Install it with `sudo apt-get install python3-icalendar` ' +
  '(README: test prerequisites).';

/** `flags`: extra interpreter options (the test of the failure message runs it without site). */
function parseWithPython(body: string, tz: string, flags: string[] = []): Parsed {
  // Debian's interpreter: python3-icalendar is installed for it, not for other pythons on PATH.
  const res = spawnSync('/usr/bin/python3', [...flags, '-c', PYTHON], {
    input: body,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', TZ: tz },
  });
  if (res.error || /No module named '?icalendar'?/.test(res.stderr ?? '')) {
    throw new Error(`${INSTALL_PYTHON_ICALENDAR}\n${res.error?.message ?? res.stderr}`);
  }
  if (res.status !== 0) throw new Error(res.stderr);
  return JSON.parse(res.stdout);
}

function parseWithIcalJs(body: string): Parsed {
  const out: Parsed = {};
  for (const v of new ICAL.Component(ICAL.parse(body)).getAllSubcomponents('vevent')) {
    const e = new ICAL.Event(v);
    out[e.uid] = [
      e.startDate.toJSDate().toISOString(),
      e.endDate.toJSDate().toISOString(),
      e.summary,
      e.description,
    ];
  }
  return out;
}

function parseWithNodeIcal(body: string): Parsed {
  const out: Parsed = {};
  const text = (v: unknown) => (typeof v === 'string' ? v : String((v as { val: unknown }).val));
  for (const c of Object.values(ical.sync.parseICS(body))) {
    if (c?.type !== 'VEVENT') continue;
    const e = c as ical.VEvent;
    out[e.uid] = [
      e.start.toISOString(),
      e.end!.toISOString(),
      text(e.summary),
      text(e.description),
    ];
  }
  return out;
}

/** The same assignment ids in every child, so bodies can be compared across timezones. */
const fixedUuid = (name: string) => {
  const h = createHash('sha256').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/**
 * This run's Jest configuration without its global setup and teardown: the child clones this
 * run's template database (TEST_* variables are inherited) instead of building its own.
 */
function childConfig(): string {
  const root = process.cwd();
  const config = createRequire(join(root, 'package.json'))('./jest.config.cjs') as object;
  return JSON.stringify({
    ...config,
    rootDir: root,
    globalSetup: undefined,
    globalTeardown: undefined,
    maxWorkers: 1,
  });
}

function runChild(tz: string, out: string): Promise<{ code: number | null; output: string }> {
  const jest = join(process.cwd(), 'node_modules', 'jest', 'bin', 'jest.js');
  const child = spawn(
    process.execPath,
    [
      jest,
      '--config',
      childConfig(),
      '--runTestsByPath',
      'test/feeds-tz.e2e-spec.ts',
      '--ci',
      '--silent',
    ],
    {
      env: {
        ...process.env,
        TZ: tz,
        FEEDS_TZ_CHILD: tz,
        FEEDS_TZ_OUT: out,
        // Chosen once here: children started on either side of midnight in China (the last day of
        // a month) would otherwise plan different months and their bytes could never match.
        FEEDS_TZ_MONTH: DateTime.now()
          .setZone('Asia/Shanghai')
          .plus({ months: 1 })
          .toFormat('yyyy-LL'),
        NODE_OPTIONS: '--experimental-vm-modules',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

if (!CHILD) {
  describe('calendar feeds under TZ=UTC and TZ=America/New_York', () => {
    let out: string;
    beforeAll(() => {
      out = mkdtempSync(join(tmpdir(), 'feeds-tz-'));
    });
    afterAll(() => rmSync(out, { recursive: true, force: true }));

    it('says exactly what to install when python3-icalendar is missing', () => {
      // -S: without site-packages, which is where Debian's python3-icalendar lives.
      expect(() => parseWithPython('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', 'UTC', ['-S'])).toThrow(
        /python3-icalendar.*apt-get install python3-icalendar/s,
      );
    });

    it('render the right instants for every parser in both timezones, with identical bytes', async () => {
      const runs = await Promise.all(
        TIMEZONES.map((tz) => runChild(tz, join(out, tz.replace('/', '_')))),
      );
      runs.forEach((run, i) => {
        if (run.code !== 0)
          throw new Error(`child under TZ=${TIMEZONES[i]} failed:\n${run.output}`);
      });
      for (const kind of KINDS) {
        const [utc, ny] = TIMEZONES.map((tz) =>
          readFileSync(join(out, `${tz.replace('/', '_')}-${kind}.ics`)),
        );
        expect(utc.length).toBeGreaterThan(500);
        // As text, so that a failure shows the lines that differ.
        expect(ny.toString('utf8')).toBe(utc.toString('utf8'));
      }
    }, 240_000);
  });
} else {
  describe(`calendar feeds rendered under TZ=${CHILD}`, () => {
    let t: TestApp;
    const paths: Record<string, string> = {};
    let duties: Array<{
      assignmentId: string;
      date: string;
      session: 'AM' | 'PM';
      leaderId: string;
    }>;
    let venue: string;

    beforeAll(async () => {
      t = await startTestApp();
      const [unit] = await t.dataSource.query(
        "SELECT id, reception_venue FROM unit WHERE code = 'QR'",
      );
      venue = unit.reception_venue;
      const leaders: Array<{ id: string; code: string }> = await t.dataSource.query(
        'SELECT id, code FROM leader WHERE unit_id = $1',
        [unit.id],
      );
      const id = (code: string) => leaders.find((l) => l.code === code)!.id;
      // One month for all three, whatever today is: next month, as the parent chose it.
      const first = DateTime.fromISO(`${process.env.FEEDS_TZ_MONTH}-01`, { zone: 'Asia/Shanghai' });
      const date = (n: number) => first.plus({ days: n }).toISODate()!;
      duties = [
        { assignmentId: fixedUuid('a'), date: date(2), session: 'AM', leaderId: id('L01') },
        { assignmentId: fixedUuid('b'), date: date(3), session: 'PM', leaderId: id('L01') },
        { assignmentId: fixedUuid('c'), date: date(4), session: 'AM', leaderId: id('L02') },
      ];
      const snapshot = duties.map((d) => ({
        ...d,
        sequence: 2,
        updatedAt: '2026-01-02T03:04:05.000Z',
      }));
      await t.dataSource.transaction(async (tx) => {
        const [{ id: rosterId }] = await tx.query(
          `INSERT INTO roster (unit_id, month, status, version, published_version)
           VALUES ($1, $2, 'published', 1, 1) RETURNING id`,
          [unit.id, first.toFormat('yyyy-LL')],
        );
        await tx.query(
          `INSERT INTO roster_version
             (roster_id, number, published_at, published_by, published_by_name, reason, duties, changes)
           VALUES ($1, 1, now(), gen_random_uuid(), 'office', NULL, $2, '[]')`,
          [rosterId, JSON.stringify(snapshot)],
        );
        await t.app.get(FeedsService).touch(tx, unit.id);
      });
      const session = {
        date: duties[0].date,
        session: 'AM' as const,
        leaderId: id('L01'),
        caseCodes: ['QR-2026-C03'],
        updatedAt: new Date('2026-01-03T00:00:00.000Z'),
      };
      // Stands in for the appointments module.
      t.app.get(FeedAppointmentsRegistry).register({
        forUnit: async () => [session],
        forDepartment: async () => [session],
      });
      const [{ id: departmentId }] = await t.dataSource.query(
        'SELECT id FROM department WHERE unit_id = $1 ORDER BY name LIMIT 1',
        [unit.id],
      );
      await t.app.get(AuthService).createUsers([
        {
          username: 'dept-tz',
          displayName: '部门联络员',
          password: TEST_DEMO_PASSWORD,
          role: 'department',
          unitId: unit.id,
          departmentId,
        },
      ]);
      const issue = async (path: string, user: string) =>
        new URL(
          (
            await t.http
              .get(`/api/v1/${path}/feed`)
              .set(await t.auth(user))
              .expect(200)
          ).body.url,
        ).pathname;
      paths.leader = await issue(`leaders/${id('L01')}`, 'leader01');
      paths.unit = await issue(`units/${unit.id}`, 'office');
      paths.department = await issue(`departments/${departmentId}`, 'dept-tz');
    });
    afterAll(() => t.close());

    it('really runs in that timezone', () => {
      const offset = new Date(2026, 0, 15).getTimezoneOffset();
      expect(offset).toBe(CHILD === 'UTC' ? 0 : 300);
    });

    it.each(KINDS)(
      'gives the %s feed the right instants in ical.js, node-ical and python',
      async (kind) => {
        const res = await t.http
          .get(paths[kind])
          .buffer(true)
          .parse((r, cb) => {
            const chunks: Buffer[] = [];
            r.on('data', (c: Buffer) => chunks.push(c));
            r.on('end', () => cb(null, Buffer.concat(chunks)));
          })
          .expect(200);
        const bytes = res.body as Buffer;
        writeFileSync(`${process.env.FEEDS_TZ_OUT}-${kind}.ics`, bytes);
        const body = bytes.toString('utf8');
        expect(body).not.toContain('\uFFFD');
        const shown =
          kind === 'leader' ? duties.slice(0, 2) : kind === 'unit' ? duties : duties.slice(0, 1);
        const expected: Record<string, [string, string]> = {};
        for (const d of shown) {
          // Asia/Shanghai is UTC+8 all year: 08:30–11:30 is 00:30–03:30Z, 14:30–17:30 is 06:30–09:30Z.
          const [s, e] = d.session === 'AM' ? ['00:30', '03:30'] : ['06:30', '09:30'];
          expected[`${d.assignmentId}@reception-roster`] = [
            `${d.date}T${s}:00.000Z`,
            `${d.date}T${e}:00.000Z`,
          ];
        }
        const parsers = {
          icaljs: parseWithIcalJs(body),
          nodeical: parseWithNodeIcal(body),
          python: parseWithPython(body, CHILD),
        };
        for (const [name, parsed] of Object.entries(parsers)) {
          const instants = Object.fromEntries(
            Object.entries(parsed).map(([uid, v]) => [uid, v.slice(0, 2)]),
          );
          expect({ name, instants }).toEqual({ name, instants: expected });
          for (const [, , summary, description] of Object.values(parsed)) {
            expect(summary).toMatch(/接访（(上午|下午)）/);
            // Folded several times: a split character would show as U+FFFD or a broken venue.
            expect(description).toContain(`地点：${venue}`);
            expect(description).not.toContain('\uFFFD');
          }
          if (kind !== 'unit') {
            expect(Object.values(parsed).some(([, , , d]) => d.includes('QR-2026-C03'))).toBe(true);
          }
        }
      },
    );
  });
}
