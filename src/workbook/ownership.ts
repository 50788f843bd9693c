// Which sheets are ours. The product replaces or deletes only sheets it made: each is recorded, by role, in the very
// hidden registry sheet `_bxtd` (label/value rows, which survive Excel and LibreOffice saves). A user's sheet that
// happens to carry one of our names is never touched: ours goes beside it ("Kết quả (bxtd)").
//
// The registry is a claim, not a proof: it arrives inside files from other people, and a user may delete our sheet
// and make one of their own under the same name. A recorded sheet is taken as ours only when it still carries our
// marks (its role's title in A1) and is none of the bloc's input sheets; otherwise it is the user's.
//
// Every write plan that creates or removes sheets of ours goes through `ownedPlan`, which names the sheets, says
// which existing ones they replace (exact names), and rewrites the registry.

import { fold } from '../domain/text';
import { SHEET_NAMES } from './format-v1';
import { cellAt, type CellValue, type SheetGrid } from './grid';
import { labelKey } from './read-support';
import type { CellWrite, HighlightPlan, OwnedSheetPlan, WritePlan } from './plan';

export type OwnedRole = 'result' | 'templates' | 'journal';

/** The name each sheet of ours is given when that name is free. */
export const OWNED_NAMES: Record<OwnedRole, string> = {
  result: 'Kết quả',
  templates: '_bxtd_mau',
  journal: 'Nhật ký gộp',
};
const ROLES = Object.keys(OWNED_NAMES) as OwnedRole[];

/** What each sheet of ours holds in A1: its mark (result-sheet.ts, collect.ts and minutes/stored.ts write it). */
export const OWNED_TITLE: Record<OwnedRole, string> = {
  result: 'KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA',
  templates: 'Loại mẫu',
  journal: 'NHẬT KÝ GỘP BẢNG TỰ CHẤM',
};

/** The names of the bloc's input sheets (every accepted spelling), folded: never a sheet of ours. */
const INPUT_SHEETS = new Set(Object.values(SHEET_NAMES).flatMap((names) => names.map(labelKey)));

/** Whether `sheet`, recorded (or found) as ours in `role`, still is: not an input sheet, and marked as ours. */
function stillOurs(role: OwnedRole, sheet: SheetGrid): boolean {
  if (INPUT_SHEETS.has(labelKey(sheet.name))) return false;
  // `_bxtd…` names are ours by convention (a user does not make them); the other names need the mark.
  if (sheet.name.startsWith(REGISTRY_SHEET) && fold(sheet.name) === fold(OWNED_NAMES[role])) return true;
  return text(cellAt(sheet, 0, 0)) === OWNED_TITLE[role];
}

/** The registry's name; self-scoring workbooks made by split carry a `_bxtd` sheet of another format (roundtrip-marker.ts). */
export const REGISTRY_SHEET = '_bxtd';
export const REGISTRY_FORMAT = 'bxtd-so-1';
const MAX_REGISTRY_ROWS = 200;

export interface Registry {
  /** The exact name of each sheet of ours found in the workbook. */
  owned: Partial<Record<OwnedRole, string>>;
  /** The master's round-trip secret (hex), once split has made one. */
  secret: string | null;
  /** The registry sheet as named in the workbook, or null when there is none yet. */
  sheet: string | null;
}

/**
 * Recognises sheets written by versions before the registry: a name starting with `_bxtd` is ours, and `Kết quả`
 * is ours when it carries the result sheet's own marks (see result-sheet.ts).
 */
export type LegacyCheck = (role: OwnedRole, sheet: SheetGrid) => boolean;

const text = (v: CellValue) => (v == null ? '' : String(v).trim());

export function readRegistry(sheets: readonly SheetGrid[], legacy?: LegacyCheck): Registry {
  const registry: Registry = { owned: {}, secret: null, sheet: null };
  const sheet = sheets.find(
    (s) => s.name.startsWith(REGISTRY_SHEET) && text(cellAt(s, 0, 0)) === 'format' && text(cellAt(s, 0, 1)) === REGISTRY_FORMAT,
  );
  if (sheet) {
    registry.sheet = sheet.name;
    for (let r = 1; r < Math.min(sheet.values.length, MAX_REGISTRY_ROWS); r++) {
      const label = text(cellAt(sheet, r, 0));
      const value = text(cellAt(sheet, r, 1));
      if (label === 'secret' && /^[0-9a-f]{32}$/.test(value)) registry.secret = value;
      const role = ROLES.find((x) => label === `owned:${x}`);
      // A recorded sheet that is no longer there (deleted or renamed by the user) is simply not ours any more; one
      // that no longer carries our marks (the user's own sheet under our name, or a forged record) is the user's.
      const recorded = role && value ? sheets.find((s) => s.name === value) : undefined;
      if (role && recorded && stillOurs(role, recorded)) registry.owned[role] = value;
    }
  }
  for (const role of ROLES) {
    if (registry.owned[role]) continue;
    const sheet = named(sheets, OWNED_NAMES[role]);
    if (sheet && stillOurs(role, sheet) && (sheet.name.startsWith(REGISTRY_SHEET) || legacy?.(role, sheet)))
      registry.owned[role] = sheet.name;
  }
  return registry;
}

export interface Placement {
  role: OwnedRole;
  name: string; // the sheet's name after the write
  replaces: string | null; // the sheet of ours it replaces
  /** A user's sheet that holds our usual name, left untouched: ours went beside it. */
  besideUserSheet: string | null;
}

/** Where a sheet of ours goes: over our earlier one, else under our usual name, else beside the user's sheet. */
export function placeOwned(sheets: readonly SheetGrid[], registry: Registry, role: OwnedRole): Placement {
  const ours = registry.owned[role];
  if (ours) return { role, name: ours, replaces: ours, besideUserSheet: null };
  const base = OWNED_NAMES[role];
  const user = named(sheets, base);
  if (!user) return { role, name: base, replaces: null, besideUserSheet: null };
  const name = freeName(sheets, (i) => (i === 1 ? `${base} (bxtd)` : `${base} (bxtd ${i})`));
  return { role, name, replaces: null, besideUserSheet: user.name };
}

/** The sheet whose name is `name` as Excel compares names (case and diacritics aside), if any. */
function named(sheets: readonly SheetGrid[], name: string): SheetGrid | undefined {
  return sheets.find((s) => fold(s.name) === fold(name));
}

/** The first of `candidate(1)`, `candidate(2)`, ... that no sheet has. */
function freeName(sheets: readonly SheetGrid[], candidate: (i: number) => string): string {
  for (let i = 1; ; i++) if (!named(sheets, candidate(i))) return candidate(i);
}

/** A sheet of ours to write, by role: the name is decided by `ownedPlan`. */
export type OwnedDraft = Omit<OwnedSheetPlan, 'name' | 'replaces'> & { role: OwnedRole };

export interface PlanDraft {
  owned?: OwnedDraft[];
  /** Sheets of ours to delete (if present). */
  remove?: OwnedRole[];
  highlightSheets?: string[];
  highlights?: HighlightPlan[];
  cellWrites?: CellWrite[];
  /** A new round-trip secret to record (split); the recorded one is kept otherwise. */
  secret?: string;
}

export interface OwnedPlan {
  plan: WritePlan;
  placements: Placement[];
}

/** The write plan for a draft: our sheets named and placed, the removed ones listed by exact name, the registry rewritten. */
export function ownedPlan(sheets: readonly SheetGrid[], draft: PlanDraft, legacy?: LegacyCheck): OwnedPlan {
  const registry = readRegistry(sheets, legacy);
  const placements = (draft.owned ?? []).map((d) => placeOwned(sheets, registry, d.role));
  const ownedSheets: OwnedSheetPlan[] = (draft.owned ?? []).map((d, i) => {
    const { role: _role, ...sheet } = d;
    return { ...sheet, name: placements[i].name, replaces: placements[i].replaces };
  });
  const removeSheets = (draft.remove ?? []).map((role) => registry.owned[role]).filter((n): n is string => !!n);
  const after: Partial<Record<OwnedRole, string>> = { ...registry.owned };
  for (const role of draft.remove ?? []) delete after[role];
  for (const p of placements) after[p.role] = p.name;
  const secret = draft.secret ?? registry.secret;

  const rows: CellValue[][] = [['format', REGISTRY_FORMAT]];
  for (const role of ROLES) if (after[role]) rows.push([`owned:${role}`, after[role]!]);
  if (secret) rows.push(['secret', secret]);
  const registrySheet: OwnedSheetPlan = {
    // `_bxtd`, or `_bxtd_2`, ... when a sheet of another kind (a self-scoring marker) already has the name.
    name: registry.sheet ?? freeName(sheets, (i) => (i === 1 ? REGISTRY_SHEET : `${REGISTRY_SHEET}_${i}`)),
    replaces: registry.sheet,
    values: rows,
    formats: [],
    columnWidths: [],
    merges: [],
    chart: null,
    freezeRows: 0,
    visibility: 'veryHidden',
  };
  const touchesOwned = ownedSheets.length > 0 || removeSheets.length > 0 || draft.secret !== undefined;
  return {
    plan: {
      ownedSheets: touchesOwned ? [registrySheet, ...ownedSheets] : [],
      removeSheets,
      highlightSheets: draft.highlightSheets ?? [],
      highlights: draft.highlights ?? [],
      cellWrites: draft.cellWrites ?? [],
    },
    placements,
  };
}

/** Our sheets (registry included) by exact name: not inputs, so left out of input fingerprints. */
export function ownedSheetNames(sheets: readonly SheetGrid[], legacy?: LegacyCheck): Set<string> {
  const registry = readRegistry(sheets, legacy);
  const names = new Set(Object.values(registry.owned).filter((n): n is string => !!n));
  if (registry.sheet) names.add(registry.sheet);
  for (const s of sheets) if (s.name.startsWith('_bxtd')) names.add(s.name);
  return names;
}
