import type { Worker } from 'node:worker_threads';

export interface WorkerListeners<M> {
  message: (message: M) => void;
  error: (err: Error & { code?: string }) => void;
  exit: (code: number) => void;
}

/**
 * Follows one request to a worker thread: its answer, its failure, its end. Returns what stops
 * listening, so a settled request leaves no listener behind on a thread that lives on.
 */
export function listenTo<M>(w: Worker, on: WorkerListeners<M>): () => void {
  w.on('message', on.message);
  w.on('error', on.error);
  w.on('exit', on.exit);
  return () => {
    w.off('message', on.message);
    w.off('error', on.error);
    w.off('exit', on.exit);
  };
}
