import pg from 'pg';

/** pg's message when `query_timeout` passes without an answer from the server. */
export const QUERY_DEADLINE_MESSAGE = 'Query read timeout';

/**
 * A pooled connection whose query outlived the client-side deadline (the server stalled: paused,
 * overloaded, a network partition) is in an unknown state: the statement may still run, and a
 * ROLLBACK queued behind it was dropped, so a later borrower could find itself inside the old
 * transaction and commit half of it. Such a connection is closed at once, which makes the pool
 * discard it and the server roll its transaction back.
 */
export class DeadlineClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg's overloads, passed through
  override query(...args: any[]): any {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = (super.query as (...a: any[]) => any)(...args);
    if (result && typeof result.catch === 'function') {
      return result.catch((err: unknown) => {
        if (err instanceof Error && err.message === QUERY_DEADLINE_MESSAGE) this.drop();
        throw err;
      });
    }
    return result;
  }

  private drop(): void {
    (
      this as unknown as { connection: { stream: { destroy(): void } } }
    ).connection.stream.destroy();
  }
}
