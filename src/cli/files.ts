// Writing a command's outputs, and only those (docs/design.md, "Writes"): every file is written to a temporary file
// in its folder, flushed to disk and then renamed over its name, so a reader sees the old file or the new one, never
// a part. A command's files are a set: all are written and flushed before the first is renamed, so a full disk, a
// read-only folder or a failed write leaves none of them (and the previous outputs as they were). A name is never
// written through: a symbolic or hard link at an output path is replaced by a new file, and an output that would
// land on a file the command was given to read gets another name. Names too long for a file system are shortened.

import { promises as nodeFs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { BxtdError } from '../domain/errors';
import type { Text } from '../domain/model';

/** What the writer needs of a file system (node's by default; tests inject faults). */
export interface WriteFs {
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  open(file: string, flags: 'wx', mode: number): Promise<WriteHandle>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string, options: { force: true }): Promise<void>;
  realpath(file: string): Promise<string>;
}

export interface WriteHandle {
  write(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export const NODE_FS: WriteFs = nodeFs as unknown as WriteFs;

/**
 * The output folder: a path that is an existing file is refused with a message (not "EEXIST"). Nothing is created
 * here: the writer creates it when it writes.
 */
export async function checkOutDir(dir: string): Promise<void> {
  const stat = await nodeFs.stat(dir).catch(() => null);
  if (stat && !stat.isDirectory()) {
    throw new BxtdError(
      'output.notFolder',
      {
        vi: `--out phải là một thư mục, nhưng ${dir} là một tệp đã có. Hãy chọn thư mục khác.`,
        en: `--out must be a folder, but ${dir} is an existing file. Choose another folder.`,
      },
      { file: dir },
    );
  }
}

/** Whether a file exists (any kind of entry). */
export async function exists(file: string): Promise<boolean> {
  return (await nodeFs.lstat(file).catch(() => null)) !== null;
}

export interface OutputFile {
  name: string; // without the folder
  bytes: Uint8Array;
}

export interface WriteOptions {
  /** The files the command was given to read: never written, never replaced. */
  inputs: readonly string[];
  fs?: WriteFs;
}

/**
 * Longest file name written, in UTF-8 bytes: file systems allow 255 (bytes on Linux and macOS, UTF-16 units on
 * Windows), and a Vietnamese letter takes up to 3 bytes.
 */
export const MAX_NAME_BYTES = 150;

/**
 * Writes `files` into `dir` as one set and returns their paths, in order. Names are made safe first (shortened,
 * distinct where a case-insensitive file system would take two for one, never an input's).
 */
export async function writeFiles(dir: string, files: readonly OutputFile[], opts: WriteOptions): Promise<string[]> {
  const fs = opts.fs ?? NODE_FS;
  await attempt(dir, null, () => fs.mkdir(dir, { recursive: true }));
  const names = await outputNames(dir, files, opts.inputs, fs);
  const targets = names.map((n) => path.join(dir, n));
  const temps: string[] = [];
  try {
    for (const f of files) {
      const temp = path.join(dir, `.bxtd-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
      // 'wx': a new file, never an existing one or what a link there points to.
      const handle = await attempt(dir, null, () => fs.open(temp, 'wx', 0o666));
      temps.push(temp);
      await attempt(dir, f.name, () => writeAll(handle, f.bytes));
    }
  } catch (e) {
    await Promise.all(temps.map((t) => fs.rm(t, { force: true }).catch(() => undefined)));
    throw e;
  }
  // Every file is whole on disk: now each takes its name (a rename replaces a link at the name, never its target).
  for (let i = 0; i < temps.length; i++) {
    try {
      await fs.rename(temps[i], targets[i]);
    } catch (e) {
      await Promise.all(temps.slice(i).map((t) => fs.rm(t, { force: true }).catch(() => undefined)));
      throw systemError(e) ? writeError(dir, names[i], e, targets.slice(0, i)) : e;
    }
  }
  await syncFolder(dir, fs);
  return targets;
}

async function writeAll(handle: WriteHandle, bytes: Uint8Array): Promise<void> {
  try {
    // A write may take fewer bytes than asked (an interrupted call): go on from where it stopped.
    for (let at = 0; at < bytes.length;) {
      const { bytesWritten } = await handle.write(bytes, at, bytes.length - at, at);
      if (bytesWritten <= 0) throw Object.assign(new Error('no progress writing'), { code: 'EIO' });
      at += bytesWritten;
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The folder's entry list on disk too (a crash right after the renames keeps them); not every system allows it. */
async function syncFolder(dir: string, fs: WriteFs): Promise<void> {
  if (fs !== NODE_FS) return;
  const handle = await nodeFs.open(dir, 'r').catch(() => null);
  await handle?.sync().catch(() => undefined);
  await handle?.close().catch(() => undefined);
}

/** A step of the writing: a refusal of the system (an error with a code: ENOSPC, EROFS, ...) is said in words. */
async function attempt<T>(dir: string, name: string | null, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (e) {
    throw systemError(e) ? writeError(dir, name, e, []) : e;
  }
}

/** An error of the system (it carries a code such as ENOSPC), not a bug of ours. */
const systemError = (e: unknown): boolean => typeof (e as { code?: unknown } | null)?.code === 'string';

/** Why a folder could not be written, in the user's terms (Node's code kept for the curious). */
function writeError(dir: string, name: string | null, e: unknown, renamed: readonly string[]): BxtdError {
  const code = String((e as { code?: unknown })?.code ?? '');
  const why: Text =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? { vi: 'ổ đĩa đã đầy', en: 'the disk is full' }
      : code === 'EROFS'
        ? { vi: 'ổ đĩa chỉ cho đọc', en: 'the disk is read-only' }
        : code === 'EACCES' || code === 'EPERM'
          ? { vi: 'không có quyền ghi vào thư mục này', en: 'no permission to write in this folder' }
          : code === 'EBUSY'
            ? { vi: 'tệp đang được mở ở chương trình khác', en: 'a file is open in another program' }
            : code === 'ENOTDIR' || code === 'EEXIST'
              ? { vi: 'một phần của đường dẫn là tệp, không phải thư mục', en: 'part of the path is a file, not a folder' }
              : { vi: `lỗi ghi tệp (${code})`, en: `write error (${code})` };
  const what: Text = name
    ? { vi: `${name} vào thư mục ${dir}`, en: `${name} into the folder ${dir}` }
    : { vi: `vào thư mục ${dir}`, en: `into the folder ${dir}` };
  const left: Text = renamed.length
    ? { vi: ` Đã ghi trước đó: ${renamed.join(', ')}.`, en: ` Written before it: ${renamed.join(', ')}.` }
    : { vi: ' Không tệp nào được ghi.', en: ' Nothing was written.' };
  return new BxtdError(
    'file.write',
    { vi: `Không ghi được ${what.vi}: ${why.vi}.${left.vi}`, en: `Could not write ${what.en}: ${why.en}.${left.en}` },
    { file: dir },
    { cause: e },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Names.

/** A name's key on a case-insensitive file system (Windows, macOS): "Tu-cham-CA.xlsx" and "tu-cham-ca.xlsx" are one. */
const nameKey = (name: string) => name.normalize('NFC').toLowerCase();

function splitName(name: string): [string, string] {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** A name within MAX_NAME_BYTES: the stem cut, with a short digest of the whole name so two cut names stay apart. */
export function shortName(name: string): string {
  if (bytes(name) <= MAX_NAME_BYTES) return name;
  const [stem, ext] = splitName(name);
  let h = 0x811c9dc5; // FNV-1a over the whole name
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  const tail = `-${h.toString(16).padStart(8, '0')}${ext}`;
  const chars = Array.from(stem); // whole characters, never half of one
  while (chars.length > 1 && bytes(chars.join('')) + bytes(tail) > MAX_NAME_BYTES) chars.pop();
  return `${chars.join('').replace(/[-_. ]+$/, '')}${tail}`;
}

/**
 * Names made distinct where a case-insensitive file system would take two for one, and from `taken` (keys of
 * names in use): "Tu-cham-CA.xlsx" and "Tu-cham-Ca.xlsx" become "Tu-cham-CA.xlsx" and "Tu-cham-Ca-2.xlsx".
 */
export function uniqueFileNames(names: readonly string[], taken: ReadonlySet<string> = new Set()): string[] {
  const used = new Set(taken);
  return names.map((name) => {
    const [stem, ext] = splitName(name);
    let candidate = name;
    for (let i = 2; used.has(nameKey(candidate)); i++) candidate = `${stem}-${i}${ext}`;
    used.add(nameKey(candidate));
    return candidate;
  });
}

/** The names the files are written under in `dir`: short, distinct, and never the name of an input in that folder. */
async function outputNames(dir: string, files: readonly OutputFile[], inputs: readonly string[], fs: WriteFs): Promise<string[]> {
  const real = async (p: string) => fs.realpath(p).catch(() => path.resolve(p));
  const here = await real(dir);
  const taken = new Set<string>();
  for (const input of inputs) {
    if ((await real(path.dirname(input))) === here) taken.add(nameKey(path.basename(input)));
    // An input reached through a link in this folder: its real name here is taken too.
    const target = await real(input);
    if (path.dirname(target) === here) taken.add(nameKey(path.basename(target)));
  }
  return uniqueFileNames(
    files.map((f) => shortName(f.name)),
    taken,
  );
}
