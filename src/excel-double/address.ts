// A1-style addresses for the double: parsing what add-ins pass to getRange and writing what Excel returns.

import { cellAddress, columnName, type CellRange } from '../workbook/grid';
import { officeError } from './client';

export const MAX_ROW = 1048575;
export const MAX_COL = 16383;

function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** "B2", "B2:D5", "A:C", "3:5" (with or without $) to a range. */
export function parseRange(address: string): CellRange {
  const a = address.replace(/\$/g, '').trim();
  let m = /^([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?$/i.exec(a);
  if (m) {
    const top = Number(m[2]) - 1;
    const left = columnIndex(m[1]);
    const bottom = m[4] ? Number(m[4]) - 1 : top;
    const right = m[3] ? columnIndex(m[3]) : left;
    return check(
      { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) },
      address,
    );
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(a);
  if (m) return check({ top: 0, left: columnIndex(m[1]), bottom: MAX_ROW, right: columnIndex(m[2]) }, address);
  m = /^(\d{1,7}):(\d{1,7})$/.exec(a);
  if (m) return check({ top: Number(m[1]) - 1, left: 0, bottom: Number(m[2]) - 1, right: MAX_COL }, address);
  throw officeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: "${address}".`);
}

function check(r: CellRange, address: string): CellRange {
  if (r.top < 0 || r.left < 0 || r.bottom > MAX_ROW || r.right > MAX_COL) {
    throw officeError('InvalidArgument', `The address is outside the sheet: "${address}".`);
  }
  return r;
}

/** A sheet name as Excel writes it in an address: quoted unless it is a plain identifier. */
function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "'Kết quả'!A1:C4" as Range.address gives it. */
export function formatAddress(sheet: string, r: CellRange): string {
  let local: string;
  if (r.top === 0 && r.bottom === MAX_ROW) local = `${columnName(r.left)}:${columnName(r.right)}`;
  else if (r.left === 0 && r.right === MAX_COL) local = `${r.top + 1}:${r.bottom + 1}`;
  else if (r.top === r.bottom && r.left === r.right) local = cellAddress(r.top, r.left);
  else local = `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`;
  return `${quoteSheet(sheet)}!${local}`;
}
