// Writes the two default minute templates to assets/templates/ from src/minutes/templates.ts.
// Run: npm run templates  (builds the CLI, then runs dist-cli/scripts/make-templates.js)

import * as fs from 'fs';
import * as path from 'path';
import { buildDefaultTemplate, TEMPLATE_FILES } from '../src/minutes/templates';

export function writeDefaultTemplates(dir: string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return (Object.keys(TEMPLATE_FILES) as (keyof typeof TEMPLATE_FILES)[]).map((kind) => {
    const file = path.join(dir, TEMPLATE_FILES[kind]);
    fs.writeFileSync(file, buildDefaultTemplate(kind));
    return file;
  });
}

if (require.main === module) {
  // dist-cli/scripts/ or scripts/: the repository root is the nearest folder above with package.json.
  let root = __dirname;
  while (!fs.existsSync(path.join(root, 'package.json')) && path.dirname(root) !== root) root = path.dirname(root);
  for (const file of writeDefaultTemplates(path.join(root, 'assets', 'templates'))) console.log(file);
}
