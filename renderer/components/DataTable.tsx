import { useId, type ReactNode } from 'react';

/** One column: its header, and what every cell under it carries (a class, `dir="auto"` for typed text). */
export interface DataColumn {
  header: ReactNode;
  cellClassName?: string;
  /** `auto` for cells holding text people typed (names, descriptions) in either direction. */
  cellDir?: 'auto';
}

export interface DataRow {
  key: string;
  /** One cell per column, in column order. */
  cells: readonly ReactNode[];
  className?: string;
}

/**
 * A plain read-only table in its scroll wrapper: an optional caption, one header row of column
 * headers (`th scope="col"`), one row per record. With `empty`, no rows show that sentence instead
 * of an empty table. Tables with row headers, windowing or other structure write their own markup.
 */
export function DataTable({
  caption,
  captionHidden = false,
  className,
  columns,
  rows,
  empty,
}: {
  caption?: ReactNode;
  /** The caption names the table for screen readers only (a visible heading already says it). */
  captionHidden?: boolean;
  /** Extra classes beside `table`. */
  className?: string;
  columns: readonly DataColumn[];
  rows: readonly DataRow[];
  empty?: ReactNode;
}) {
  const captionId = useId();
  if (rows.length === 0 && empty !== undefined) return <p>{empty}</p>;
  // A wide table scrolls sideways inside the screen's pane: its wrapper takes the keyboard focus so
  // the arrow keys can scroll it, and is named by the caption.
  return (
    <div className="table-wrap" tabIndex={0} role={caption !== undefined ? 'region' : undefined} aria-labelledby={caption !== undefined ? captionId : undefined}>
      <table className={className ? `table ${className}` : 'table'}>
        {caption !== undefined ? (
          <caption id={captionId} className={captionHidden ? 'visually-hidden' : undefined}>
            {caption}
          </caption>
        ) : null}
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.className}>
              {r.cells.map((cell, i) => (
                <td key={i} className={columns[i]?.cellClassName} dir={columns[i]?.cellDir}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
