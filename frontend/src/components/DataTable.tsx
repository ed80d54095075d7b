import type { ReactNode } from 'react';

interface DataTableProps {
  /** Names the table; read out only, unless `captionShown`. None: the heading above names it. */
  caption?: ReactNode;
  captionShown?: boolean;
  /** The column headers, in order. */
  columns: readonly ReactNode[];
  /** The table's own class besides "data-table": "report-table". */
  className?: string;
  id?: string;
  /** Whether the table scrolls sideways inside the page when wider than it; yes unless said. */
  scrolls?: boolean;
  /** The rows. */
  children: ReactNode;
}

/** A table of data: its caption, a header row of column headers, and the rows. */
export function DataTable({
  caption,
  captionShown = false,
  columns,
  className,
  id,
  scrolls = true,
  children,
}: DataTableProps) {
  const table = (
    <table id={id} className={className ? `data-table ${className}` : 'data-table'}>
      {caption !== undefined && (
        <caption className={captionShown ? undefined : 'visually-hidden'}>{caption}</caption>
      )}
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th key={index} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  return scrolls ? <div className="table-scroll">{table}</div> : table;
}
