// Sheet `Quy tắc`: the bloc's rules as label/value rows; any rule left out takes its default (DEFAULT_RULES). What
// each rule accepts, and how it is weighed against the workbook, is its entry in rules-table.ts.

import { DEFAULT_RULES, type Rules, type Unit } from '../domain/model';
import { closest, fold } from '../domain/text';
import { cellAddress, type SheetGrid } from './grid';
import { canonical, labelIndex, quote, readLabelRows, type IssueSink } from './read-support';
import { invalidValueText, RULE_KEYS, RULES, type RuleKey } from './rules-table';

const LABELS = labelIndex<RuleKey>(Object.fromEntries(RULE_KEYS.map((k) => [k, RULES[k].labels])) as Record<RuleKey, readonly string[]>);

const HEADINGS = new Set(['quy tac', 'noi dung', 'gia tri', 'stt', 'ten quy tac', 'muc', 'quy dinh', 'ghi chu']);

export interface RulesRead {
  rules: Rules;
  /** The cell of each rule written in `Quy tắc` (its value), for messages that weigh rules against the workbook. */
  cells: Partial<Record<RuleKey, string>>;
}

export function readRules(sheet: SheetGrid | null, sink: IssueSink): RulesRead {
  const rules: Rules = { ...DEFAULT_RULES, tieBreaks: [...DEFAULT_RULES.tieBreaks], given: [] };
  const cells: RulesRead['cells'] = {};
  if (!sheet) return { rules, cells };

  const { known, unknown } = readLabelRows(sheet, LABELS);
  // An unknown rule is an error, never ignored: a bloc's minimum or threshold silently dropped would change awards.
  const canonicalNames = RULE_KEYS.map((k) => canonical(LABELS, k));
  for (const u of unknown) {
    if (HEADINGS.has(fold(u.label))) continue;
    const near = closest(u.label, Object.values(LABELS.vocabulary).flat());
    const hint = near ? { vi: ` Có phải là "${near}"?`, en: ` Did you mean "${near}"?` } : { vi: '', en: '' };
    const list = canonicalNames.join(', ');
    sink.error(sheet.name, cellAddress(u.row, u.col), {
      vi: `Không nhận ra quy tắc "${quote(u.label)}".${hint.vi} Các quy tắc dùng được: ${list}.`,
      en: `Unknown rule "${quote(u.label)}".${hint.en} Known rules: ${list}.`,
    });
  }

  const seen = new Set<RuleKey>();
  for (const row of known) {
    const cell = cellAddress(row.row, row.valueCol);
    const name = canonical(LABELS, row.key);
    if (seen.has(row.key)) {
      sink.warn(sheet.name, cellAddress(row.row, row.labelCol), {
        vi: `Quy tắc "${name}" được ghi hai lần: dùng dòng đầu tiên.`,
        en: `Rule "${name}" is written twice: the first row is used.`,
      });
      continue;
    }
    seen.add(row.key);
    if (row.value == null) continue; // left blank: the default applies
    cells[row.key] = cell;
    const parsed = RULES[row.key].parse(row.value);
    if ('keep' in parsed) continue;
    if ('invalid' in parsed) sink.error(sheet.name, cell, invalidValueText(row.key, row.value, parsed.invalid));
    else if ('error' in parsed) sink.error(sheet.name, cell, parsed.error);
    else {
      (rules as Record<RuleKey, unknown>)[row.key] = parsed.value;
      rules.given.push(row.key);
    }
  }
  return { rules, cells };
}

/** The rules weighed as a whole against the workbook (each rule's `check`): errors at the rule's cell. */
export function checkRules(read: RulesRead, sheet: string, units: readonly Unit[], hasCross: boolean, sink: IssueSink): void {
  for (const key of RULE_KEYS) {
    const cell = read.cells[key];
    const problem = cell && RULES[key].check?.(read.rules, { units, hasCross });
    if (cell && problem) sink.error(sheet, cell, problem);
  }
}
