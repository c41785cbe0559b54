import { useEffect, useReducer, useState } from 'preact/hooks';
import { api, errorText } from '../api/client.js';
import { type Filters, listState, pageQuery } from './paged-list.js';
import type { Page } from './table.js';

interface Options<F extends Filters> {
  /** The list's address without its query. */
  path: string;
  initial: F;
  pageSize: number;
  /** What is asked for the filters (default: the filters as they are). */
  query?: (filters: F) => Filters;
  /** Fetches again whenever one of these changes (a refresh counter). */
  deps?: unknown[];
  /** Shows the spinner, not the old page, while another page loads. */
  clearWhileLoading?: boolean;
}

/** A list the service answers a page at a time, with its filters; refetched as they change. */
export function usePagedList<T, F extends Filters>(options: Options<F>) {
  const { path, initial, pageSize, query, deps = [], clearWhileLoading } = options;
  const [state, dispatch] = useReducer(listState<F>, { filters: initial, offset: 0 });
  const [page, setPage] = useState<Page<T> | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setError(null);
    if (clearWhileLoading) setPage(null);
    const filters = query ? query(state.filters) : state.filters;
    api<Page<T>>(`${path}?${pageQuery(filters, pageSize, state.offset)}`)
      .then(setPage)
      .catch((err: unknown) => setError(errorText(err)));
  }, [path, state, ...deps]);

  return {
    ...state,
    page,
    error,
    filter: (filters: Partial<F>, keepPage = false) =>
      dispatch({ type: 'filter', filters, keepPage }),
    setOffset: (offset: number) => dispatch({ type: 'page', offset }),
  };
}
