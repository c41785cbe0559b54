import { AppError, badRequest, versionConflict } from './app-error.js';
import { ERROR_CATALOGUE, frameworkCode, isErrorCode, type ErrorCode } from './error-catalogue.js';
import { errorTable, readmeTable } from './error-table.js';

const entries = Object.entries(ERROR_CATALOGUE) as [
  ErrorCode,
  (typeof ERROR_CATALOGUE)[ErrorCode],
][];

/** Any parameter object: every field reads as 7, so a message function can be called blind. */
const anyParams = new Proxy({}, { get: () => 7 });
const textOf = (message: string | ((params: unknown) => string)) =>
  typeof message === 'function' ? message(anyParams) : message;

describe('error catalogue', () => {
  it('names each code once, in upper snake case', () => {
    const codes = entries.map(([code]) => code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
  });

  it('gives every code a 4xx or 5xx status, a meaning and a Chinese message', () => {
    for (const [code, e] of entries) {
      expect({ code, status: e.status >= 400 && e.status <= 599 }).toEqual({ code, status: true });
      expect(e.meaning.trim().length).toBeGreaterThan(10);
      const text = textOf(e.message as string | ((params: unknown) => string));
      expect({ code, chinese: /[\u4e00-\u9fff]/.test(text) }).toEqual({ code, chinese: true });
      expect(text).not.toMatch(/undefined|\[object/);
    }
  });

  it('answers a framework refusal with a code of its status, or a plain 400 or 500', () => {
    for (const status of [400, 401, 403, 404, 405, 409, 413, 415, 422, 429, 503]) {
      expect(ERROR_CATALOGUE[frameworkCode(status)].status).toBe(status);
    }
    expect([frameworkCode(418), frameworkCode(502)]).toEqual(['BAD_REQUEST', 'INTERNAL_ERROR']);
  });

  it('takes the status from the catalogue and the message from it unless a site gives one', () => {
    const exists = new AppError('ROSTER_EXISTS', { month: '2031-05' }, { field: 'month' });
    expect([exists.status, exists.message, exists.field]).toEqual([
      409,
      '2031-05 的排班已存在',
      'month',
    ]);
    expect(new AppError('ROSTER_EXISTS', { month: '2031-05', generating: true }).message).toBe(
      '2031-05 的排班正在生成',
    );
    expect(versionConflict()).toMatchObject({
      status: 409,
      code: 'VERSION_CONFLICT',
      message: '数据已被他人修改，请刷新后重试',
      field: 'version',
    });
    expect(badRequest('year：必须是整数', 'year')).toMatchObject({
      status: 400,
      message: 'year：必须是整数',
    });
    expect([isErrorCode('SESSION_BEGUN'), isErrorCode('toString')]).toEqual([true, false]);
  });

  it('is listed in the README as it stands', () => {
    // On failure: npx tsx src/common/error-table-cli.ts rewrites the README's table.
    expect(readmeTable()).toBe(errorTable());
  });
});
