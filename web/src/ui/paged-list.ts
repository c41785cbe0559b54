/** A filtered list fetched a page at a time: its state, and the query it asks the service. Pure. */

export type Filters = Record<string, string | boolean>;

export interface ListState<F extends Filters> {
  filters: F;
  offset: number;
}

export type ListAction<F extends Filters> =
  /** New filter values: back to the first page, unless `keepPage` (a change of view only). */
  { type: 'filter'; filters: Partial<F>; keepPage?: boolean } | { type: 'page'; offset: number };

export function listState<F extends Filters>(state: ListState<F>, action: ListAction<F>) {
  switch (action.type) {
    case 'filter': {
      const filters = { ...state.filters, ...action.filters };
      const offset = action.keepPage ? state.offset : 0;
      const same =
        offset === state.offset &&
        Object.keys(filters).every((k) => filters[k] === state.filters[k]);
      // Nothing changed: the same state, so nothing is fetched again.
      return same ? state : { filters, offset };
    }
    case 'page':
      return action.offset === state.offset ? state : { ...state, offset: action.offset };
  }
}

/** limit and offset, then every filter that is set (true as "true"; empty and false left out). */
export function pageQuery(filters: Filters, limit: number, offset: number): string {
  const q = new URLSearchParams({ limit: String(limit), offset: String(offset) });
  for (const [k, v] of Object.entries(filters)) if (v) q.set(k, v === true ? 'true' : v);
  return q.toString();
}
