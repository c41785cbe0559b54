import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface TsChild {
  child: ChildProcessWithoutNullStreams;
  /** Resolves with the next JSON line the child prints. */
  next(): Promise<Record<string, unknown>>;
  send(line: string): void;
  stop(): Promise<void>;
}

/** Runs a TypeScript file in its own Node process (through tsx) and talks to it in JSON lines. */
export function runTs(file: string, args: string[] = []): TsChild {
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const waiting: Array<{
    resolve: (v: Record<string, unknown>) => void;
    reject: (e: Error) => void;
  }> = [];
  const queued: Array<Record<string, unknown>> = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(line);
    } catch {
      return;
    }
    const w = waiting.shift();
    if (w) w.resolve(value);
    else queued.push(value);
  });
  child.on('exit', (code) => {
    for (const w of waiting.splice(0))
      w.reject(new Error(`${file} exited with ${code}: ${stderr}`));
  });
  return {
    child,
    next: () =>
      queued.length
        ? Promise.resolve(queued.shift()!)
        : new Promise((resolve, reject) => waiting.push({ resolve, reject })),
    send: (line) => child.stdin.write(line + '\n'),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
