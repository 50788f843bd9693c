// A small argument parser: positional arguments, --flag, --option value and --option=value.

export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
}

export class UsageError extends Error {}

/** `valued` lists the options that take a value; any other option is a flag. Unknown options are refused. */
export function parseArgs(argv: string[], flags: readonly string[], valued: readonly string[]): ParsedArgs {
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
      if (value === undefined || value === '') throw new UsageError(`--${name}`);
      options.set(name, value);
    } else if (flags.includes(name) && eq < 0) options.set(name, true);
    else throw new UsageError(arg);
  }
  return { positional, options };
}
