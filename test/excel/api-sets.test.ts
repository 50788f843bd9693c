// Every Office.js member the Excel host uses, with its requirement set, from Microsoft's type definitions
// (@types/office-js: "[Api set: ExcelApi 1.9]" in each member's remarks). ExcelApi 1.12 is the floor (Excel 2021,
// Microsoft 365, Excel on the web): a member above it must be one the host uses only where the set is supported
// (GUARDED, each behind `host.supports(...)`); test/excel/office-js.test.ts runs every action at 1.12 through the
// real client with its own API check on, which shows the guard holds.

import * as path from 'node:path';
import ts from 'typescript';
import { MERGED_AREAS_API } from '../../src/excel/actions';

const FLOOR = '1.12';
/** Members above the floor, and the set the host checks before using each. */
const GUARDED: Record<string, string> = { 'Range.getMergedAreasOrNullObject': MERGED_AREAS_API };

const ROOT = path.join(__dirname, '..', '..');
const TYPES = path.join('node_modules', '@types', 'office-js', 'index.d.ts');

function newer(a: string, b: string): boolean {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return false;
}

/** "Range.getMergedAreasOrNullObject" → "ExcelApi 1.13" (the set a get needs, when get and set differ). */
function usedMembers(): Map<string, { set: string | null; where: string[] }> {
  const config = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), (f) => ts.sys.readFile(f));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const files = parsed.fileNames.filter((f) => f.includes(`${path.sep}src${path.sep}excel${path.sep}`));
  const program = ts.createProgram(files, parsed.options);
  const checker = program.getTypeChecker();
  const found = new Map<string, { set: string | null; where: string[] }>();
  for (const file of files) {
    const source = program.getSourceFile(file)!;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        for (const decl of symbol?.declarations ?? []) {
          if (!decl.getSourceFile().fileName.endsWith(TYPES.split(path.sep).join('/'))) continue;
          const owner = decl.parent;
          if (!(ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) || !owner.name) continue;
          const ns = owner.parent?.parent;
          if (!ns || !ts.isModuleDeclaration(ns) || ns.name.getText() !== 'Excel') continue;
          const name = `${owner.name.text}.${node.name.text}`;
          const remarks = ts
            .getJSDocTags(decl)
            .filter((t) => t.tagName.text === 'remarks')
            .map((t) => ts.getTextOfJSDocComment(t.comment) ?? '')
            .join(' ');
          // load() and items belong to every object and collection, the context to the run: no set of their own.
          const common = ['load', 'items'].includes(node.name.text) || owner.name.text === 'RequestContext';
          const set = /\[Api set: (ExcelApi[A-Za-z]* \d+\.\d+)/.exec(remarks)?.[1] ?? (common ? 'ExcelApi 1.1' : null);
          const entry = found.get(name) ?? { set, where: [] };
          const { line } = source.getLineAndCharacterOfPosition(node.getStart());
          entry.where.push(`${path.relative(ROOT, file)}:${line + 1}`);
          found.set(name, entry);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

const members = usedMembers();

test('the Excel host’s Office.js members, each with its requirement set', () => {
  const table = [...members.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, m]) => `${name.padEnd(42)} ${m.set ?? '—'}`);
  // The list itself, for the record (and for anyone raising the floor): printed when the test runs verbose.
  if (process.env.BXTD_LIST_API) console.log(table.join('\n'));
  expect(members.size).toBeGreaterThan(40);
  for (const probe of ['Worksheet.pageLayout', 'ConditionalFormat.priority', 'Range.getMergedAreasOrNullObject', 'Workbook.functions']) {
    expect(members.has(probe)).toBe(true);
  }
  const unknown = [...members.entries()].filter(([, m]) => m.set === null).map(([name]) => name);
  expect(unknown).toEqual([]);
});

test('nothing above ExcelApi 1.12 is used unguarded; nothing from a desktop- or web-only set', () => {
  const offending = [...members.entries()]
    .filter(([name, m]) => {
      const [set, version] = (m.set ?? '').split(' ');
      if (set !== 'ExcelApi') return true;
      return newer(version, FLOOR) && !(name in GUARDED && !newer(version, GUARDED[name]));
    })
    .map(([name, m]) => `${name} (${m.set}) at ${m.where.join(', ')}`);
  expect(offending).toEqual([]);
  // Each guard is for a member really used, and it is above the floor (else it needs no guard).
  for (const [name, version] of Object.entries(GUARDED)) {
    expect(members.get(name)?.set).toBe(`ExcelApi ${version}`);
    expect(newer(version, FLOOR)).toBe(true);
  }
});
