// Files the pane makes (self-scoring workbooks, minutes, templates) reaching the user, by platform (env.ts):
// - where downloads work (Windows, the web): `<a download>` links, and a note saying where the files went
//   (Downloads) and what to do next;
// - on Mac and iPad, where the webview ignores downloads: a workbook opens in Excel as a new workbook
//   (Excel.createWorkbook) for the user to save; a Word file cannot be saved from the pane, and the note says what to
//   do instead.

import * as React from 'react';
import { Button, Link } from '@fluentui/react-components';
import type { Text } from '../../domain/model';
import { encodeBase64 } from '../../minutes/base64';
import { BxtdError } from '../../domain/errors';
import { useAction } from '../hooks/useAction';
import { UI } from '../i18n';
import { usePane } from '../pane';
import { Notice } from './Notice';

export interface OutFile {
  name: string;
  bytes: Uint8Array;
}

const MIME: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  zip: 'application/zip',
};

const extension = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1].toLowerCase() ?? '';

function blobOf(file: OutFile): Blob {
  return new Blob([file.bytes.slice().buffer as ArrayBuffer], { type: MIME[extension(file.name)] ?? 'application/octet-stream' });
}

/** Object URLs for the files, revoked when the files change or the panel goes away. */
export function useObjectUrls(files: readonly OutFile[]): string[] {
  const urls = React.useMemo(
    () => (typeof URL === 'undefined' || typeof URL.createObjectURL !== 'function' ? [] : files.map((f) => URL.createObjectURL(blobOf(f)))),
    [files],
  );
  React.useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);
  return urls;
}

/** Saves a file through a temporary download link (for a button that makes the file when pressed). */
export function saveFile(file: OutFile): void {
  const url = URL.createObjectURL(blobOf(file));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** What a note says comes next, per kind of file. */
export type FileKind = 'selfScoring' | 'minutes' | 'template';
const NEXT: Record<FileKind, Text> = {
  selfScoring: UI.files.nextSelfScoring,
  minutes: UI.files.nextMinutes,
  template: UI.files.nextTemplate,
};

/** Where the files go and what to do next, for this platform. */
export function DeliveryNote({ kind, testId = 'delivery-note' }: { kind: FileKind; testId?: string }) {
  const { lang, env } = usePane();
  if (env.delivery === 'download') {
    return (
      <Notice intent="info" testId={testId}>
        <div>{UI.files.downloads[lang]}</div>
        <div>{NEXT[kind][lang]}</div>
      </Notice>
    );
  }
  if (kind === 'selfScoring') {
    return (
      <Notice intent="info" testId={testId}>
        {(env.openWorkbook ? UI.files.macWorkbooks : UI.files.cannotOpen)[lang]}
      </Notice>
    );
  }
  return (
    <Notice intent="warning" testId={testId}>
      {UI.files.macDocuments[lang]}{' '}
      <Link href="help.html#mac" target="_blank" rel="noopener">
        {UI.common.guide[lang]}
      </Link>
    </Notice>
  );
}

/** Opens workbooks in Excel, one after the other (Mac, iPad); announces how many opened. */
export function useOpenInExcel() {
  const { env } = usePane();
  return useAction(
    async (files: OutFile[]) => {
      if (!env.openWorkbook) throw new BxtdError('pane.refused', UI.files.cannotOpen);
      for (const f of files) await env.openWorkbook(encodeBase64(f.bytes));
      return files.length;
    },
    { progress: UI.files.opening, announce: (n) => UI.files.opened(n) },
  );
}

/** A download link styled as a button (primary for the main file of a section). */
export function DownloadButton({
  file,
  url,
  primary,
  testId,
  children,
}: {
  file: OutFile;
  url: string;
  primary?: boolean;
  testId: string;
  children: React.ReactNode;
}) {
  return (
    <Button as="a" appearance={primary ? 'primary' : 'secondary'} href={url} download={file.name} data-testid={testId}>
      {children}
    </Button>
  );
}
