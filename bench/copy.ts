/** Rows for PostgreSQL's COPY … FROM STDIN (text format), built up in 1 MB chunks. */

export type Cell = string | number | boolean | null | undefined;

const escapeCopy = (s: string) => (/[\\\t\n\r]/.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]!) : s);

export class CopyData {
  chunks: string[] = [];
  rows = 0;
  private current = "";
  constructor(readonly table: string, readonly columns: string[]) {}
  add(cells: Cell[]) {
    let line = "";
    for (let i = 0; i < cells.length; i++) {
      const v = cells[i];
      if (i) line += "\t";
      line += v === null || v === undefined ? "\\N" : typeof v === "string" ? escapeCopy(v) : String(v);
    }
    this.current += `${line}\n`;
    this.rows++;
    if (this.current.length > 1 << 20) this.flush();
  }
  flush() {
    if (this.current) this.chunks.push(this.current);
    this.current = "";
  }
}
