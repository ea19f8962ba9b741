// A1 notation: column letters, cell and range references, optional sheet prefix.
// Open-ended forms ('A:C', '2:5', 'A2:C') leave the missing bounds undefined; the
// caller closes them against the sheet's size.

export interface A1Ref {
  sheetName?: string;
  /** 1-based; undefined for a whole-column reference like 'A:C'. */
  startRow?: number;
  startColumn?: number;
  endRow?: number;
  endColumn?: number;
}

export function columnToLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 'A1' for a cell, 'A1:C3' for a block. */
export function toA1(row: number, column: number, numRows = 1, numColumns = 1): string {
  const start = `${columnToLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnToLetters(column + numColumns - 1)}${row + numRows - 1}`;
}

/** Quotes a sheet name for a reference when Sheets would ('My sheet'!A1). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const PART = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function parsePart(part: string): { row?: number; column?: number } | null {
  const m = PART.exec(part);
  if (!m || (!m[1] && !m[2])) return null;
  const row = m[2] ? Number(m[2]) : undefined;
  if (row === 0) return null;
  return { column: m[1] ? lettersToColumn(m[1]) : undefined, row };
}

/** Splits "'Sheet name'!A1:B2" into the sheet name and the reference. */
export function splitSheetPrefix(text: string): { sheetName?: string; ref: string } {
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { ref: text };
  let name = text.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2)
    name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, ref: text.slice(bang + 1) };
}

/** Parses A1 notation; returns null when it is not a valid reference. */
export function parseA1(text: string): A1Ref | null {
  const { sheetName, ref } = splitSheetPrefix(text.trim());
  const pieces = ref.split(':');
  if (pieces.length > 2 || !ref) return null;
  const a = parsePart(pieces[0]);
  if (!a) return null;
  if (pieces.length === 1) {
    if (a.row === undefined || a.column === undefined) return null;
    return { sheetName, startRow: a.row, startColumn: a.column, endRow: a.row, endColumn: a.column };
  }
  const b = parsePart(pieces[1]);
  if (!b) return null;
  // Column-only start (A:C or A:C5 is not valid; A2:C is)
  if (a.row === undefined && b.row !== undefined) return null;
  if (a.column === undefined && b.column !== undefined) return null;
  const out: A1Ref = {
    sheetName,
    startRow: a.row,
    startColumn: a.column,
    endRow: b.row,
    endColumn: b.column,
  };
  // Normalise reversed references like B3:A1.
  if (out.startRow !== undefined && out.endRow !== undefined && out.endRow < out.startRow) {
    [out.startRow, out.endRow] = [out.endRow, out.startRow];
  }
  if (out.startColumn !== undefined && out.endColumn !== undefined && out.endColumn < out.startColumn) {
    [out.startColumn, out.endColumn] = [out.endColumn, out.startColumn];
  }
  return out;
}
