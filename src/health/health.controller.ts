import { Controller, HttpStatus, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { Endpoint } from '../auth/index.js';

type Readiness = 'ready' | 'migrations pending' | 'database unavailable';

/**
 * A probe gets its answer in time even while the database stalls (paused, overloaded, cut off):
 * a check that has not finished by then counts as unavailable. Well under the 2 s that probes
 * and load balancers commonly wait.
 */
export const READY_DEADLINE_MS = 1000;

@ApiTags('health')
@Controller()
export class HealthController {
  /** The check in flight: probes arriving meanwhile share it rather than each taking a connection. */
  private checking: Promise<Readiness> | undefined;
  /** Migrations only ever run at start-up: once seen applied, they stay applied. */
  private migrated = false;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The process is up (for liveness probes: never touches the database). */
  @Endpoint.get('healthz', { public: true })
  health() {
    return { status: 'ok' };
  }

  /** The database answers and every migration is applied. */
  @Endpoint.get('readyz', { public: true })
  async ready(@Res({ passthrough: true }) res: Response) {
    this.checking ??= this.check().finally(() => (this.checking = undefined));
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<Readiness>((resolve) => {
      timer = setTimeout(() => resolve('database unavailable'), READY_DEADLINE_MS);
    });
    const status = await Promise.race([this.checking, late]).finally(() => clearTimeout(timer));
    if (status !== 'ready') res.status(HttpStatus.SERVICE_UNAVAILABLE);
    return { status };
  }

  private async check(): Promise<Readiness> {
    try {
      await this.db.query('SELECT 1');
      if (!this.migrated) {
        if (await this.db.showMigrations()) return 'migrations pending';
        this.migrated = true;
      }
      return 'ready';
    } catch {
      return 'database unavailable';
    }
  }
}
