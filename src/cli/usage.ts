// The usage text, made from the command table: the general usage (every command's synopsis and summary) and each
// command's own help (its arguments and options, each with its help line, and its JSON document).

import type { Lang } from '../domain/model';
import { COMMANDS, COMMON_OPTIONS, optionsOf, type CommandSpec, type OptionSpec } from './commands';

const WIDTH = 110;

const EXIT_CODES = {
  vi: 'Mã thoát: 0 thành công (có thể kèm cảnh báo); 2 dữ liệu hoặc tham số không hợp lệ; 1 lỗi ngoài dự kiến (--debug để xem chi tiết).',
  en: 'Exit codes: 0 success (warnings allowed); 2 invalid input or arguments; 1 unexpected failure (--debug for details).',
};

function optionText(o: OptionSpec, lang: Lang): string {
  return o.value ? `--${o.name} ${o.value[lang]}` : `--${o.name}`;
}

/** Words wrapped at WIDTH, continuation lines indented by `indent`. */
function wrap(words: string[], indent: number): string {
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > WIDTH) {
      lines.push(line);
      line = ' '.repeat(indent) + w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** `bxtd collect SỔ_GỐC.xlsx TỆP_GỬI_VỀ.xlsx... [--out THƯ_MỤC] [--overwrite] [--json]`: optional options in brackets. */
export function synopsis(c: CommandSpec, lang: Lang): string {
  const head = `bxtd ${c.name}`;
  const words = [head, ...c.args.map((a) => `${a.name[lang]}${a.many ? '...' : ''}`), ...c.options.map((o) => `[${optionText(o, lang)}]`)];
  return wrap(words, head.length + 1);
}

/** The general usage: every command with its synopsis and what it does, the common options, the exit codes. */
export function usageText(lang: Lang): string {
  const vi = lang === 'vi';
  const lines = [vi ? 'Cách dùng:' : 'Usage:'];
  for (const c of COMMANDS) {
    lines.push(indent(synopsis(c, lang), 2), `      ${c.summary[lang]}`);
  }
  lines.push(
    '',
    `${vi ? 'Mọi lệnh' : 'Every command'}: ${COMMON_OPTIONS.map((o) => `[${optionText(o, lang)}]`).join(' ')}; ${
      vi ? 'phiên bản' : 'version'
    }: bxtd --version.`,
    vi ? 'Chi tiết từng lệnh: bxtd LỆNH --help.' : "A command's details: bxtd COMMAND --help.",
    EXIT_CODES[lang],
  );
  return lines.join('\n');
}

/** One command's help: synopsis, summary, each argument and option with its help, and its JSON document. */
export function commandHelp(c: CommandSpec, lang: Lang): string {
  const vi = lang === 'vi';
  const rows: [string, string][] = [
    ...c.args.map((a): [string, string] => [`${a.name[lang]}${a.many ? '...' : ''}`, a.help[lang]]),
    ...optionsOf(c).map((o): [string, string] => [
      optionText(o, lang),
      `${o.help[lang]}${o.default !== undefined ? ` (${vi ? 'mặc định' : 'default'}: ${o.default})` : ''}`,
    ]),
  ];
  const width = Math.min(32, Math.max(...rows.map(([k]) => k.length)) + 2);
  const lines = [synopsis(c, lang), `  ${c.summary[lang]}`, ''];
  for (const [k, help] of rows) lines.push(`  ${k.padEnd(width)}${k.length >= width ? `\n  ${' '.repeat(width)}` : ''}${help}`);
  if (c.json) lines.push('', `${vi ? 'Với --json' : 'With --json'}: ${c.json}`);
  lines.push(EXIT_CODES[lang]);
  return lines.join('\n');
}

function indent(text: string, n: number): string {
  return text
    .split('\n')
    .map((l) => ' '.repeat(n) + l)
    .join('\n');
}
