// Excel recalculates formulas when their inputs change; the Excel double does not calculate (it keeps the cached
// results a file was saved with). The harness keeps the loaded workbook's formulas aside and, after every change,
// recalculates the ones the shared evaluator (src/workbook/formula.ts: + - * /, parentheses, numbers, same-sheet
// references and ranges, SUM, MIN, MAX) understands, so the drawn subtotals and totals follow merged or rescored values. Anything else (other sheets, other
// functions, text) keeps its cached result. A formula cell the add-in writes a value into is a value from then on.

import { evaluateFormula as evaluate, formulaTokens as tokens, formulaUnsupported, isFormulaUnsupported } from '../workbook/formula';
import type { CellValue } from '../workbook/grid';
import type { WorkbookModel } from '../excel-double';

/** Per sheet, the formulas (without "=") by "row,col" (0-based). */
export type SheetFormulas = Map<string, Map<string, string>>;

/** What each formula cell held after the last recalculation, to notice the add-in writing over it. */
export type Computed = Map<string, CellValue>;

/** Recalculates the formulas of every sheet in place; returns whether a drawn value changed. */
export function recalc(model: WorkbookModel, formulas: SheetFormulas, computed: Computed): boolean {
  let changed = false;
  for (const sheet of model.sheets) {
    const own = formulas.get(sheet.name);
    if (!own?.size) continue;
    // A value written over a formula cell (not by us) replaces the formula, as in Excel.
    for (const key of [...own.keys()]) {
      const [r, c] = key.split(',').map(Number);
      const id = `${sheet.name}!${key}`;
      if (computed.has(id) && sheet.cells[r]?.[c]?.value !== computed.get(id)) {
        own.delete(key);
        computed.delete(id);
      }
    }
    const done = new Map<string, number | null>();
    const visiting = new Set<string>();
    const valueOf = (r: number, c: number): number | null => {
      const key = `${r},${c}`;
      const formula = own.get(key);
      if (formula === undefined) {
        const v = sheet.cells[r]?.[c]?.value ?? null;
        if (v === null || v === '') return 0;
        if (typeof v === 'number') return v;
        if (typeof v === 'boolean') return v ? 1 : 0;
        throw formulaUnsupported(String(v));
      }
      if (done.has(key)) return done.get(key)!;
      if (visiting.has(key)) throw formulaUnsupported('circular');
      visiting.add(key);
      let result: number | null;
      try {
        result = evaluate(formula, (ref) => {
          const v = valueOf(ref.row, ref.col);
          if (v === null) throw formulaUnsupported('input');
          return v;
        });
      } catch (e) {
        if (!isFormulaUnsupported(e)) throw e;
        result = null; // keep the cached result
      }
      visiting.delete(key);
      done.set(key, result);
      return result;
    };
    for (const key of own.keys()) {
      const [r, c] = key.split(',').map(Number);
      let v: number | null = null;
      try {
        v = valueOf(r, c);
      } catch (e) {
        if (!isFormulaUnsupported(e)) throw e;
      }
      const target = sheet.cells[r]?.[c];
      if (!target) continue;
      if (v !== null && target.value !== v) {
        target.value = v;
        changed = true;
      }
      computed.set(`${sheet.name}!${key}`, target.value);
    }
  }
  return changed;
}

export const __test = { evaluate, tokens };
