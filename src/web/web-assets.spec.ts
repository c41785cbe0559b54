import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import { webAssets } from './web-assets.js';

interface Answer {
  status?: number;
  headers: Record<string, string | number>;
  body?: string;
  next: boolean;
}

async function call(handler: ReturnType<typeof webAssets>, method: string, path: string) {
  const answer: Answer = { headers: {}, next: false };
  await new Promise<void>((done) => {
    const res = {
      setHeader: (k: string, v: string | number) => (answer.headers[k] = v),
      status: (s: number) => {
        answer.status = s;
        return res;
      },
      end: (body?: Buffer) => {
        answer.body = body?.toString();
        done();
      },
    };
    const next: NextFunction = () => {
      answer.next = true;
      done();
    };
    void handler({ method, path } as Request, res as unknown as Response, next);
  });
  return answer;
}

describe('webAssets', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'web-dist-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>页</title>');
    writeFileSync(join(dir, 'assets', 'app-1a2b.js'), 'console.log(1)');
    writeFileSync(join(tmpdir(), 'outside.js'), 'secret');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves hashed assets with a long cache and their type', async () => {
    const a = await call(webAssets(dir), 'GET', '/assets/app-1a2b.js');
    expect(a.status).toBe(200);
    expect(a.body).toBe('console.log(1)');
    expect(a.headers['Content-Type']).toMatch(/^text\/javascript/);
    expect(a.headers['Cache-Control']).toContain('immutable');
  });

  it('answers page paths with index.html, revalidated', async () => {
    for (const path of [
      '/',
      '/roster',
      '/leaders/0d6f0b0e-0000-4000-8000-000000000000/availability',
    ]) {
      const a = await call(webAssets(dir), 'GET', path);
      expect(a.status).toBe(200);
      expect(a.body).toContain('<title>页</title>');
      expect(a.headers['Cache-Control']).toBe('no-cache');
    }
  });

  it('leaves API, probes, other methods, missing files and escapes to the next handler', async () => {
    const h = webAssets(dir);
    expect((await call(h, 'GET', '/api/v1/leaders')).next).toBe(true);
    expect((await call(h, 'GET', '/api')).next).toBe(true);
    expect((await call(h, 'GET', '/readyz')).next).toBe(true);
    expect((await call(h, 'POST', '/roster')).next).toBe(true);
    expect((await call(h, 'GET', '/assets/missing.js')).next).toBe(true);
    expect((await call(h, 'GET', '/../outside.js')).next).toBe(true);
    expect((await call(h, 'GET', '/%2e%2e/outside.js')).next).toBe(true);
  });

  it('passes page paths on when the page has not been built', async () => {
    const a = await call(webAssets(join(dir, 'nowhere')), 'GET', '/roster');
    expect(a.next).toBe(true);
  });
});
