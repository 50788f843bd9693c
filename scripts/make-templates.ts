// Writes the default template of every document kind to assets/templates/ (from src/minutes/templates.ts and the
// registry src/minutes/kinds.ts) and the placeholder tables of docs/templates.md (from src/minutes/vocabulary.ts).
// Run: npm run templates  (builds the CLI, then runs dist-cli/scripts/make-templates.js)

import * as fs from 'fs';
import * as path from 'path';
import { DOCUMENT_KINDS, DOCUMENTS, kindsUsing } from '../src/minutes/kinds';
import { buildDefaultTemplate } from '../src/minutes/templates';
import { placeholdersMarkdown } from '../src/minutes/vocabulary';

export const DOCS_START = '<!-- placeholders:start -->';
export const DOCS_END = '<!-- placeholders:end -->';

export function writeDefaultTemplates(dir: string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return DOCUMENT_KINDS.map((kind) => {
    const file = path.join(dir, DOCUMENTS[kind].templateFile);
    fs.writeFileSync(file, buildDefaultTemplate(kind));
    return file;
  });
}

/** The docs page with its generated section replaced by the current vocabulary. */
export function withPlaceholderTables(markdown: string): string {
  const start = markdown.indexOf(DOCS_START);
  const end = markdown.indexOf(DOCS_END);
  if (start < 0 || end < start) throw new Error(`docs/templates.md lacks the ${DOCS_START} … ${DOCS_END} markers`);
  const usedBy = (group: Parameters<typeof kindsUsing>[0]) => {
    const kinds = kindsUsing(group);
    return kinds.length === DOCUMENT_KINDS.length ? ['mọi văn bản (every document)'] : kinds.map((k) => DOCUMENTS[k].title.vi);
  };
  return `${markdown.slice(0, start + DOCS_START.length)}\n\n${placeholdersMarkdown(usedBy)}\n\n${markdown.slice(end)}`;
}

if (require.main === module) {
  // dist-cli/scripts/ or scripts/: the repository root is the nearest folder above with package.json.
  let root = __dirname;
  while (!fs.existsSync(path.join(root, 'package.json')) && path.dirname(root) !== root) root = path.dirname(root);
  for (const file of writeDefaultTemplates(path.join(root, 'assets', 'templates'))) console.log(file);
  const docs = path.join(root, 'docs', 'templates.md');
  fs.writeFileSync(docs, withPlaceholderTables(fs.readFileSync(docs, 'utf8')));
  console.log(docs);
}
