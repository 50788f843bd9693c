#!/usr/bin/env node
// The `bxtd` command. The TypeScript sources are compiled to dist-cli/ by `npm install` (the prepare script).
let cli;
try {
  cli = require('../dist-cli/src/cli/main.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes('dist-cli')) {
    process.stderr.write('bxtd chưa được biên dịch: hãy chạy npm install (hoặc npm run build:cli).\n');
    process.stderr.write('bxtd is not compiled yet: run npm install (or npm run build:cli).\n');
    process.exit(1);
  }
  throw e;
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
