// A small argument parser: positional arguments, --flag, --option value and --option=value. What a command accepts
// comes from its entry in the command table (commands.ts); a mistake is a `usage` error saying what is wrong.

import { BxtdError } from '../domain/errors';
import type { Text } from '../domain/model';

export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
}

/** A command-line mistake: exit code 2, the message, then how the command is used. */
export const usageError = (text: Text): BxtdError => new BxtdError('usage', text);

/** `valued` lists the options that take a value; `flags` those that do not. Unknown options are refused. */
export function parseArgs(argv: readonly string[], flags: readonly string[], valued: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--') || arg === '--') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (valued.includes(name)) {
      const value = eq < 0 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) {
        throw usageError({ vi: `Tùy chọn --${name} cần một giá trị.`, en: `Option --${name} needs a value.` });
      }
      options.set(name, value);
    } else if (flags.includes(name)) {
      if (eq >= 0) throw usageError({ vi: `Tùy chọn --${name} không nhận giá trị: ${arg}`, en: `Option --${name} takes no value: ${arg}` });
      options.set(name, true);
    } else {
      throw usageError({ vi: `Tùy chọn không rõ: ${arg}`, en: `Unknown option: ${arg}` });
    }
  }
  return { positional, options };
}
