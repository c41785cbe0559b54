import * as f from './fixtures/appointments/files.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Imports are parsed in bounded pools with bounded queues: a small file never waits behind a
 * large one, and a file that finds the queue full is answered 503 at once.
 */
describe('priority cases: import parsing lanes', () => {
  let t: TestApp;
  let large: Buffer;

  beforeAll(async () => {
    t = await startTestApp({ env: { IMPORT_PARSERS: '1', IMPORT_QUEUE_LIMIT: '1' } });
    // About 23 MB of sheet XML in a file of about 1.3 MB: seconds of parsing.
    large = f.largeWorkbook(80_000);
  });
  afterAll(() => t.close());

  it('parses a small file while large ones occupy their lane, and refuses the one too many at once', async () => {
    const petition = await t.auth('petition');
    const started = Date.now();
    const timed = (name: string, file: Buffer) =>
      t.http
        .post('/api/v1/priority-cases/import')
        .set(petition)
        .attach('file', file, name)
        .then((res) => ({ name, res, ms: Date.now() - started }));
    const heavy = [1, 2, 3].map((i) => timed(`large-${i}.xlsx`, large));
    // Let the large ones arrive first.
    await new Promise((r) => setTimeout(r, 300));
    const small = await timed('small.csv', f.csvUtf8([f.row()]));
    const answers = await Promise.all(heavy);

    expect(small.res.status).toBe(201);
    const refused = answers.filter((a) => a.res.status === 503);
    const parsed = answers.filter((a) => a.res.status !== 503);
    expect(refused).toHaveLength(1);
    expect(refused[0].res.body).toMatchObject({ code: 'IMPORT_BUSY', field: 'file' });
    expect(refused[0].res.headers['retry-after']).toBeDefined();
    for (const a of parsed) {
      expect(a.res.status).toBe(422);
      expect(a.res.body.errors[0].message).toMatch(/数据行数 79999 超过上限/);
    }
    // Answered at once, and the small file before either large one.
    for (const a of parsed) {
      expect(refused[0].ms).toBeLessThan(a.ms);
      expect(small.ms).toBeLessThan(a.ms);
    }
  }, 120_000);
});
