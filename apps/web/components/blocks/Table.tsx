import type { Table as TableBlock } from "@broadsheet/article";
import { InlineContent } from "@/components/InlineContent";

/** A data table: caption, one header row of column headers, body rows, column alignment. */
export function Table({ block }: { block: TableBlock }) {
  const alignOf = (column: number) => {
    const align = block.align?.[column];
    return align ? { textAlign: align } : undefined;
  };
  return (
    <div className="table-scroll">
      <table>
        {block.caption ? <caption>{block.caption}</caption> : null}
        <thead>
          <tr>
            {block.header.map((cell, column) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
              <th key={column} scope="col" style={alignOf(column)}>
                <InlineContent content={cell} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, rowIndex) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
            <tr key={rowIndex}>
              {row.map((cell, column) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                <td key={column} style={alignOf(column)}>
                  <InlineContent content={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
