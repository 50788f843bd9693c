#!/usr/bin/env node
// The `bxtd` command. The TypeScript sources are compiled to dist-cli/ by `npm install` (the prepare script).
require('../dist-cli/src/cli/main.js')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
