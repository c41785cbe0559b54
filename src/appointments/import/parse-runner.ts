import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { listenTo } from '../../common/worker-events.js';
import type { ParseLimits, ParseResult } from './cells.js';
import type { ParseRequest } from './parse-worker.js';

export interface ParserOptions {
  timeoutMs: number;
  /** Heap of the parsing thread; running out ends the thread, not the process. */
  maxHeapMb: number;
}

const failed = (message: string): ParseResult => ({
  ok: false,
  problems: [{ row: null, column: null, message }],
});

/**
 * One parsing thread, started on first use and kept (loading exceljs takes seconds), files queued
 * one at a time. A file that blows the heap limit or the deadline ends the thread; the next file
 * gets a fresh one. The main thread only ever sees plain cells.
 */
export class ParserThread {
  private worker: Worker | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;

  constructor(private readonly options: ParserOptions) {}

  parse(buffer: Buffer, limits: ParseLimits): Promise<ParseResult> {
    const job = this.queue.then(() => this.run(buffer, limits));
    this.queue = job.catch(() => undefined);
    return job;
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }

  private spawn(): Worker {
    const resourceLimits = {
      maxOldGenerationSizeMb: this.options.maxHeapMb,
      maxYoungGenerationSizeMb: 32,
    };
    const js = new URL('./parse-worker.js', import.meta.url);
    let w: Worker;
    if (existsSync(fileURLToPath(js))) w = new Worker(js, { resourceLimits });
    else {
      // From TypeScript sources (tsx, jest): register tsx inside the thread first.
      const ts = new URL('./parse-worker.ts', import.meta.url).href;
      w = new Worker(
        `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(ts)}); });`,
        { eval: true, resourceLimits },
      );
    }
    w.unref();
    w.on('exit', () => {
      if (this.worker === w) this.worker = undefined;
    });
    // Errors are handled per job; this keeps an idle thread's failure from being unhandled.
    w.on('error', () => undefined);
    return w;
  }

  private run(buffer: Buffer, limits: ParseLimits): Promise<ParseResult> {
    const w = (this.worker ??= this.spawn());
    const id = this.nextId++;
    return new Promise<ParseResult>((resolve) => {
      let settled = false;
      const done = (r: ParseResult, kill: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        stopListening();
        if (kill) {
          if (this.worker === w) this.worker = undefined;
          void w.terminate();
        }
        resolve(r);
      };
      const stopListening = listenTo<{ id: number; result: ParseResult }>(w, {
        message: (m) => {
          if (m.id === id) done(m.result, false);
        },
        error: (err) =>
          done(
            failed(
              err.code === 'ERR_WORKER_OUT_OF_MEMORY'
                ? '文件解析超出内存上限，已拒绝（疑似恶意文件）'
                : '文件无法解析（格式损坏）',
            ),
            true,
          ),
        exit: () => done(failed('文件无法解析（解析线程意外结束）'), true),
      });
      // The deadline includes the thread's start-up on first use.
      const timer = setTimeout(
        () => done(failed('文件解析超时，文件可能过大或已损坏'), true),
        this.options.timeoutMs,
      );
      const copy = new Uint8Array(buffer);
      w.postMessage({ id, buffer: copy, limits } satisfies ParseRequest, [copy.buffer]);
    });
  }
}

export interface PoolSize {
  threads: number;
  /** Files that may wait for a thread; one more is refused at once. */
  queueLimit: number;
}

/** A bounded set of parsing threads with a bounded queue in front of them. */
export class ParserPool {
  private readonly threads: ParserThread[];
  private readonly free: ParserThread[];
  private readonly waiting: Array<(thread: ParserThread) => void> = [];

  constructor(
    private readonly size: PoolSize,
    options: ParserOptions,
  ) {
    this.threads = Array.from({ length: size.threads }, () => new ParserThread(options));
    this.free = [...this.threads];
  }

  /** The parse, or undefined at once when every thread is busy and the queue is full. */
  tryParse(buffer: Buffer, limits: ParseLimits): Promise<ParseResult> | undefined {
    if (this.free.length === 0 && this.waiting.length >= this.size.queueLimit) return undefined;
    return this.acquire().then(async (thread) => {
      try {
        return await thread.parse(buffer, limits);
      } finally {
        this.release(thread);
      }
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.close()));
  }

  private acquire(): Promise<ParserThread> {
    const thread = this.free.pop();
    if (thread) return Promise.resolve(thread);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(thread: ParserThread): void {
    const next = this.waiting.shift();
    if (next) next(thread);
    else this.free.push(thread);
  }
}
