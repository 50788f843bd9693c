// The `bxtd` command: the engine without Excel, for batch use and machines without it. This module only dispatches:
// it finds the command in the table (commands.ts), loads its module, checks the arguments against its entry and
// runs it inside the one guard (io.ts). Nothing heavy is imported here: each command loads what it needs.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Lang, Text } from '../domain/model';
import { parseArgs, usageError } from './args';
import { findCommand, optionsOf, type CommandArgs, type CommandSpec } from './commands';
import { checkOutDir } from './files';
import { guarded, terminalText, type Io, type JsonMode } from './io';
import { commandHelp, synopsis, usageText } from './usage';

export async function main(argv: string[], io?: Partial<Io>): Promise<number> {
  const write = (sink: ((s: string) => void) | undefined, stream: NodeJS.WriteStream) => (s: string) =>
    (sink ?? ((x: string) => stream.write(x + '\n')))(terminalText(s));
  const lang = langOf(argv);
  const ctx: Io = { out: write(io?.out, process.stdout), err: write(io?.err, process.stderr), lang: lang ?? 'vi', fs: io?.fs };
  const [name, ...rest] = argv;

  if (name === '--help' || name === '-h' || name === 'help') {
    const command = findCommand(rest[0]);
    if (rest[0] !== undefined && !rest[0].startsWith('-') && !command) return unknownCommand(rest[0], ctx);
    ctx.out(command ? commandHelp(command, ctx.lang) : usageText(ctx.lang));
    return 0;
  }
  if (name === '--version') {
    ctx.out(`bxtd ${version()}`);
    return 0;
  }
  // `bxtd` alone, or options without a command: the usage, as for any other mistake.
  if (name === undefined || name.startsWith('-')) {
    ctx.err(usageText(ctx.lang));
    return 2;
  }
  const command = findCommand(name);
  if (!command) return unknownCommand(name, ctx);
  if (rest.includes('--help') || rest.includes('-h')) {
    ctx.out(commandHelp(command, ctx.lang));
    return 0;
  }

  const json: JsonMode = { enabled: command.json !== null && rest.includes('--json'), empty: null };
  const hint: Text = {
    vi: `${synopsis(command, 'vi')}\n(bxtd ${command.name} --help: chi tiết)`,
    en: `${synopsis(command, 'en')}\n(bxtd ${command.name} --help for details)`,
  };
  return guarded(ctx, hint, rest.includes('--debug'), json, async () => {
    const module = await command.load();
    json.empty = module.emptyJson ?? null;
    const args = checkedArgs(command, rest);
    if (args.out !== null) await checkOutDir(args.out);
    return module.run(args, ctx);
  });
}

/** A command's arguments parsed and checked against its entry: known options, allowed values, the right files. */
export function checkedArgs(command: CommandSpec, argv: readonly string[]): CommandArgs {
  const options = optionsOf(command);
  const parsed = parseArgs(
    argv,
    options.filter((o) => !o.value).map((o) => o.name),
    options.filter((o) => o.value).map((o) => o.name),
  );
  for (const o of options) {
    const value = parsed.options.get(o.name);
    if (o.choices && typeof value === 'string' && !o.choices.includes(value)) {
      throw usageError({
        vi: `--${o.name} ${value}: không hỗ trợ; hãy chọn ${o.choices.join(' hoặc ')}.`,
        en: `--${o.name} ${value}: not supported; choose ${o.choices.join(' or ')}.`,
      });
    }
  }
  const fixed = command.args.filter((a) => !a.many);
  const many = command.args.find((a) => a.many);
  const given = parsed.positional;
  if (given.length < fixed.length + (many ? 1 : 0)) {
    const missing = given.length < fixed.length ? fixed[given.length] : many!;
    throw usageError({ vi: `Thiếu ${missing.name.vi}: ${missing.help.vi}.`, en: `Missing ${missing.name.en}: ${missing.help.en}.` });
  }
  if (!many && given.length > fixed.length) {
    const extra = given.slice(fixed.length).join(' ');
    throw usageError({ vi: `Thừa tham số: ${extra}`, en: `Unexpected argument: ${extra}` });
  }
  const out = command.options.find((o) => o.name === 'out');
  return {
    positional: given,
    options: parsed.options,
    out: out ? String(parsed.options.get('out') ?? out.default) : null,
    json: parsed.options.has('json'),
  };
}

function unknownCommand(name: string, io: Io): number {
  io.err(`${io.lang === 'vi' ? 'Lệnh không rõ' : 'Unknown command'}: ${name}\n${usageText(io.lang)}`);
  return 2;
}

/** `--lang`'s value when it is one we speak; the check of any other value is the command's (a usage error). */
function langOf(argv: readonly string[]): Lang | null {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return value === 'en' || value === 'vi' ? value : null;
}

/** The package's version, from the package.json above this module (in src/ or compiled in dist-cli/). */
function version(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'binh-xet-thi-dua' && pkg.version) return pkg.version;
    } catch {
      // not here: look above
    }
    if (path.dirname(dir) === dir) return 'unknown';
  }
}
