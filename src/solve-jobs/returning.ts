interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * Rows of an UPDATE … RETURNING. TypeORM's postgres driver answers a data-changing statement with
 * [rows, rowCount], a SELECT with rows.
 */
export async function returning<T>(db: Queryable, sql: string, params: unknown[]): Promise<T[]> {
  const r = await db.query(sql, params);
  if (Array.isArray(r) && r.length === 2 && Array.isArray(r[0]) && typeof r[1] === 'number') {
    return r[0] as T[];
  }
  return r as T[];
}
