import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { AuthUser } from '../../auth/auth-user.js';
import { assertUnitAccess } from '../../auth/scope.js';
import type { AppConfig } from '../../config/config.js';
import { InjectConfig } from '../../config/config.module.js';
import { CasesService, rowErrors } from '../cases.service.js';
import { ParserThread } from './parse-runner.js';
import { mapRows } from './row-mapper.js';

/** Entries a real xlsx has (a few dozen at most); anything far beyond is hostile. */
const MAX_ZIP_ENTRIES = 200;

/** File import: parse off the main thread, map rows, then the same all-or-nothing submission. */
@Injectable()
export class CaseImportService implements OnModuleDestroy {
  private readonly parser = new ParserThread({ timeoutMs: 30_000, maxHeapMb: 256 });

  constructor(
    private readonly cases: CasesService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  onModuleDestroy(): Promise<void> {
    return this.parser.close();
  }

  async import(user: AuthUser, unitId: string, file: Buffer) {
    assertUnitAccess(user, unitId);
    if (file.length > this.config.IMPORT_MAX_BYTES) {
      throw rowErrors([
        { row: null, column: null, message: `文件超过上限 ${this.config.IMPORT_MAX_BYTES} 字节` },
      ]);
    }
    const parsed = await this.parser.parse(file, {
      maxRows: this.config.IMPORT_MAX_ROWS,
      // A sheet of IMPORT_MAX_ROWS rows is a few MB of XML; 20× the file limit is ample.
      maxInflatedBytes: Math.min(20 * this.config.IMPORT_MAX_BYTES, 100 * 1024 * 1024),
      maxEntries: MAX_ZIP_ENTRIES,
    });
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
