import type { Request, Response } from 'express';
import type { SolveJobView } from './solve-job.view.js';
import { TERMINAL } from './solve-job.view.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Streams a job's states as Server-Sent Events: `progress` on every change (event id = the row's
 * revision, so events come in order), then one `end` with the final state. The row is read
 * every half second, as the job may run on any replica.
 */
export async function streamJob(
  req: Request,
  res: Response,
  read: () => Promise<SolveJobView>,
): Promise<void> {
  res.status(200);
  res.set({
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    'X-Accel-Buffering': 'no',
  });
  res.flushHeaders();
  let open = true;
  req.on('close', () => (open = false));
  let last = '';
  let quiet = 0;
  while (open) {
    const view = await read();
    const key = `${view.revision}/${view.queuePosition}`;
    const end = TERMINAL.has(view.status);
    if (key !== last) {
      last = key;
      quiet = 0;
      res.write(
        `id: ${view.revision}\nevent: ${end ? 'end' : 'progress'}\ndata: ${JSON.stringify(view)}\n\n`,
      );
    } else if (++quiet % 30 === 0) {
      res.write(': keep-alive\n\n');
    }
    if (end) break;
    await sleep(500);
  }
  res.end();
}
