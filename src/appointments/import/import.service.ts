import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { assertUnitAccess, type AuthUser } from '../../auth/index.js';
import { AppError } from '../../common/app-error.js';
import { InjectConfig } from '../../config/index.js';
import { CasesService, rowErrors } from '../cases.service.js';
import { ParserPool } from './parse-runner.js';
import { mapRows } from './row-mapper.js';
import { declaredInflatedBytes } from './zip-guard.js';
import type { AppointmentsConfig } from '../appointments.config.js';

/** Entries a real xlsx has (a few dozen at most); anything far beyond is hostile. */
const MAX_ZIP_ENTRIES = 200;
/**
 * Files that inflate to more than this (a template filled with IMPORT_MAX_ROWS rows is well
 * below) are parsed in a lane of their own, so a small file never waits behind a large one.
 */
const LARGE_FILE_BYTES = 4 * 1024 * 1024;
const PARSER = { timeoutMs: 30_000, maxHeapMb: 256 };

const busy = () =>
  new AppError('IMPORT_BUSY', undefined, {
    field: 'file',
    headers: { 'Retry-After': '10' },
    details: { errors: [{ row: null, column: null, message: '导入繁忙，请稍后重试' }] },
  });

/** File import: parse off the main thread, map rows, then the same all-or-nothing submission. */
@Injectable()
export class CaseImportService implements OnModuleDestroy {
  private readonly small: ParserPool;
  private readonly large: ParserPool;

  constructor(
    private readonly cases: CasesService,
    @InjectConfig() private readonly config: AppointmentsConfig,
  ) {
    const queueLimit = config.IMPORT_QUEUE_LIMIT;
    this.small = new ParserPool({ threads: 1, queueLimit }, PARSER);
    this.large = new ParserPool({ threads: config.IMPORT_PARSERS, queueLimit }, PARSER);
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([this.small.close(), this.large.close()]);
  }

  async import(user: AuthUser, unitId: string, file: Buffer) {
    assertUnitAccess(user, unitId);
    if (file.length > this.config.IMPORT_MAX_BYTES) {
      throw rowErrors([
        { row: null, column: null, message: `文件超过上限 ${this.config.IMPORT_MAX_BYTES} 字节` },
      ]);
    }
    const lane =
      (await declaredInflatedBytes(file, MAX_ZIP_ENTRIES)) > LARGE_FILE_BYTES
        ? this.large
        : this.small;
    const parsing = lane.tryParse(file, {
      maxRows: this.config.IMPORT_MAX_ROWS,
      // A sheet of IMPORT_MAX_ROWS rows is a few MB of XML; 20× the file limit is ample.
      maxInflatedBytes: Math.min(20 * this.config.IMPORT_MAX_BYTES, 100 * 1024 * 1024),
      maxEntries: MAX_ZIP_ENTRIES,
    });
    if (!parsing) throw busy();
    const parsed = await parsing;
    if (!parsed.ok) throw rowErrors(parsed.problems);
    const mapped = mapRows(parsed.headers, parsed.rows);
    const fileErrors = [...parsed.problems, ...mapped.errors];
    // Header problems make every row meaningless: report them alone.
    if (mapped.rows.length === 0 && fileErrors.length > 0) throw rowErrors(fileErrors);
    return this.cases.submit(user, unitId, mapped.rows, fileErrors, (e) =>
      mapped.failedCells.has(`${e.row}|${e.column}`),
    );
  }
}
