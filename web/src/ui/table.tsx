/** The pages' tables: a scrolling data table, and a paged list with its loading and empty states. */
import type { ComponentChildren } from 'preact';
import { Alert, Loading, Pager } from './common.js';

/** A data table in its scroll box; `columns` are the header cells (false: column left out). */
export function DataTable(props: {
  class?: string;
  /** The table's accessible name, when it has no caption. */
  label?: string;
  caption?: ComponentChildren;
  columns: Array<ComponentChildren | false>;
  children: ComponentChildren;
}) {
  return (
    <div class="table-scroll">
      <table
        class={props.class ? `data-table ${props.class}` : 'data-table'}
        aria-label={props.label}
      >
        {props.caption && <caption>{props.caption}</caption>}
        <thead>
          <tr>
            {props.columns.map(
              (c, i) =>
                c !== false && (
                  <th key={i} scope="col">
                    {c}
                  </th>
                ),
            )}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}

/** A row of a FigureTable: its head cell and its figures. */
export interface FigureRow<F> {
  key: string;
  head: string;
  figures: F;
}

/** Figures by name: `head` over the row heads, a column per figure (— where there is none). */
export function FigureTable<F extends { [K in keyof F]: number | null }>(props: {
  label: string;
  head: string;
  class?: string;
  columns: Array<[keyof F & string, string]>;
  rows: Array<FigureRow<F>>;
}) {
  return (
    <DataTable
      class={props.class}
      label={props.label}
      columns={[props.head, ...props.columns.map(([, name]) => name)]}
    >
      {props.rows.map((r) => (
        <tr key={r.key}>
          <th scope="row">{r.head}</th>
          {props.columns.map(([k]) => (
            <td key={k}>{r.figures[k] ?? '—'}</td>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}

/** One page of a list the service answers as {total, items}. */
export interface Page<T> {
  total: number;
  items: T[];
}

/** A list's page and where it is (usePagedList). */
export interface PagedList<T> {
  page: Page<T> | null;
  offset: number;
  setOffset: (offset: number) => void;
  error: string | null;
}

/**
 * A page of a list as a table with previous/next: the error when it could not be fetched (unless
 * `quietErrors`: the page says it elsewhere), loading until the page is there, a sentence when it
 * is empty.
 */
export function PagedTable<T>(props: {
  list: PagedList<T>;
  quietErrors?: boolean;
  empty: string;
  class: string;
  columns: Array<ComponentChildren | false>;
  row: (item: T) => ComponentChildren;
  pageSize: number;
  /** 件, 条 … */
  unit: string;
}) {
  const { page, error, offset } = props.list;
  const shownError = error && !props.quietErrors;
  return (
    <>
      {shownError && <Alert kind="error">{error}</Alert>}
      {!page ? (
        !shownError && <Loading />
      ) : page.items.length === 0 ? (
        <p>{props.empty}</p>
      ) : (
        <>
          <DataTable class={props.class} columns={props.columns}>
            {page.items.map(props.row)}
          </DataTable>
          <Pager
            offset={offset}
            shown={page.items.length}
            total={page.total}
            pageSize={props.pageSize}
            unit={props.unit}
            onOffset={props.list.setOffset}
          />
        </>
      )}
    </>
  );
}
