import type { ReactNode } from 'react';

interface Props {
  /** Column headings, already translated. */
  headings: readonly string[];
  /** Rows in the whole list, not just the rendered window (for screen readers). */
  total: number;
  /** Heights of the rows above and below the rendered window (from useVirtualRows). */
  padTop: number;
  padBottom: number;
  /** The rendered rows; each sets aria-rowindex to its position + 2 (the heading row is 1). */
  children: ReactNode;
}

/** A data table of which only the visible rows are rendered; spacer rows stand in for the rest. */
export function WindowedTable({ headings, total, padTop, padBottom, children }: Props) {
  return (
    <table className="data-table" aria-rowcount={total + 1}>
      <thead>
        <tr>
          {headings.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
        {children}
        {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
      </tbody>
    </table>
  );
}
