// The email round trip in the task pane: "Gửi đơn vị tự chấm" builds one self-scoring workbook per member unit and
// offers each as a download (and all as a zip); "Nhận bảng tự chấm" checks returned workbooks, shows a report per
// file and the conflicts, and merges only after the user says so, conflicting cells only after an explicit
// "Ghi đè các ô xung đột". ExcelJS (and jszip) are loaded on demand, when an action needs them.

import * as React from 'react';
import {
  Badge,
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Checkbox,
  Divider,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { Lang, Text } from '../../domain/model';
import { collectReturns, quote, type CollectReport, type FileReport, type FileStatus, type ReturnedWorkbook } from '../../workbook/collect';
import type { SheetGrid } from '../../workbook/grid';
import { readBloc } from '../../workbook/read';
import { planSplit, slug, withSecret, type Master, type SplitBook } from '../../workbook/split';
import { t, type WorkbookPanelProps } from '../i18n';
import { useRevealed } from './reveal';

export type RoundTripPanelProps = WorkbookPanelProps;

const S = {
  sendTitle: t('Gửi đơn vị tự chấm', 'Send out for self-scoring'),
  sendHelp: t(
    'Tạo cho mỗi đơn vị thành viên một bảng tự chấm (.xlsx) chỉ mở khóa cột “Tự chấm”, để gửi qua thư điện tử.',
    'Make one self-scoring workbook (.xlsx) per member unit, with only its “Tự chấm” column unlocked, to send by email.',
  ),
  make: t('Tạo bảng tự chấm', 'Make self-scoring workbooks'),
  zip: t('Tải tất cả (.zip)', 'Download all (.zip)'),
  takeTitle: t('Nhận bảng tự chấm', 'Take back self-scores'),
  takeHelp: t(
    'Chọn các tệp đơn vị gửi về. Tệp được kiểm tra (đúng khối, kỳ, bảng tiêu chí, đơn vị, điểm trong giới hạn) trước khi gộp; không ô nào bị ghi đè nếu bạn chưa đồng ý.',
    'Pick the files the units sent back. Each is checked (same bloc, period, criteria table, a member unit, scores in range) before merging; no cell is overwritten without your consent.',
  ),
  pick: t('Tệp gửi về (.xlsx, chọn được nhiều tệp)', 'Returned files (.xlsx, several at once)'),
  check: t('Kiểm tra các tệp', 'Check the files'),
  checking: t('Đang đọc tệp', 'Reading files'),
  merge: t('Gộp vào bảng chấm điểm', 'Merge into the score table'),
  overwrite: t('Ghi đè các ô xung đột', 'Overwrite the conflicting cells'),
  conflicts: t('Ô xung đột (đã có giá trị khác)', 'Conflicting cells (already holding a different value)'),
  cell: t('Ô', 'Cell'),
  unit: t('Đơn vị', 'Unit'),
  criterion: t('Tiêu chí', 'Criterion'),
  masterValue: t('Đang có', 'Current'),
  returnedValue: t('Gửi về', 'Returned'),
  conflictsOverwritten: t('Ô xung đột đã ghi đè theo xác nhận', 'Conflicting cells overwritten as confirmed'),
  conflictsKept: t('Ô xung đột giữ nguyên giá trị đang có', 'Conflicting cells left with their current value'),
  changed: t(
    'Bảng chấm điểm đã thay đổi từ lúc kiểm tra; đã kiểm tra lại, hãy xem lại các ô xung đột rồi gộp.',
    'The score table changed since the check; it was checked again: review the conflicts, then merge.',
  ),
  rescore: t('Bấm “Chấm điểm” để tính lại kết quả với điểm vừa gộp.', 'Run “Score” to recompute the result with the merged scores.'),
  nothing: t('Không có ô nào cần ghi.', 'There is nothing to write.'),
  files: t('Từng đơn vị', 'Per unit'),
};

/** What a file's report says it will write (before merging) or wrote (after). */
function fileCounts(f: FileReport, merged: boolean, lang: Lang): string {
  const over = f.conflicts.filter((c) => c.overwritten).length;
  const pending = f.conflicts.length - over;
  if (!merged) {
    return lang === 'vi'
      ? `${f.written} ô sẽ ghi, ${f.unchanged} ô không đổi, ${f.conflicts.length} xung đột`
      : `${f.written} cells to write, ${f.unchanged} unchanged, ${f.conflicts.length} conflicts`;
  }
  // `written` counts the overwritten conflicts too.
  const parts =
    lang === 'vi'
      ? [
          `Đã ghi ${f.written} ô${over ? ` (có ${over} ô xung đột được ghi đè)` : ''}`,
          `${f.unchanged} ô không đổi`,
          pending ? `${pending} ô xung đột giữ nguyên` : '',
        ]
      : [
          `Wrote ${f.written} cells${over ? ` (${over} of them conflicting, overwritten)` : ''}`,
          `${f.unchanged} unchanged`,
          pending ? `${pending} conflicts left as they were` : '',
        ];
  return parts.filter(Boolean).join(', ');
}

const STATUS: Record<FileStatus, { label: Text; color: 'success' | 'danger' | 'warning' }> = {
  accepted: { label: t('Nhận', 'Accepted'), color: 'success' },
  rejected: { label: t('Từ chối', 'Rejected'), color: 'danger' },
  duplicate: { label: t('Trùng', 'Duplicate'), color: 'warning' },
};

/** A self-scoring workbook is small; a picked file above this is refused without being read. */
const MAX_PICKED_BYTES = 2 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------------------------
// The actions, without React (tested in node).

/** The master read from the open workbook, or the errors that stop the round trip. */
export function masterFrom(sheets: SheetGrid[], lang: Lang): { master: Master | null; errors: string[] } {
  const read = readBloc(sheets, { scoresRequired: false });
  const errors = read.issues
    .filter((i) => i.severity === 'error')
    .map((i) => `${i.cell ? `${i.sheet}!${i.cell}` : i.sheet}: ${i.message[lang]}`);
  if (!read.bloc || !read.layout || errors.length)
    return {
      master: null,
      errors: errors.length ? errors : [lang === 'vi' ? 'Không đọc được bảng chấm điểm.' : 'The score table could not be read.'],
    };
  return { master: { bloc: read.bloc, layout: read.layout, sheets }, errors: [] };
}

export interface Download {
  name: string;
  unit: string;
  bytes: Uint8Array;
}

/** Builds every unit's file; ExcelJS is imported only now. */
export async function buildDownloads(books: SplitBook[]): Promise<Download[]> {
  const { splitBytes } = await import('../../xlsx/split');
  const out: Download[] = [];
  for (const b of books) out.push({ name: b.fileName, unit: b.unitName, bytes: await splitBytes(b) });
  return out;
}

export async function zipDownloads(files: Download[]): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  for (const f of files) zip.file(f.name, f.bytes);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The zip of all units' files, named like them: Tu-cham-<khoi>-<nam>.zip (a head may send several years). */
export function zipFileName(master: Master): string {
  return `Tu-cham-${slug(master.bloc.info.name)}-${master.bloc.info.year ?? 'nam'}.zip`;
}

/** A picked file as the round trip needs it; large files are refused before they are read. */
export interface PickedFile {
  name: string;
  size: number;
  read: () => Promise<ArrayBuffer>;
}

export async function loadPicked(files: PickedFile[], onProgress: (done: number, total: number) => void): Promise<ReturnedWorkbook[]> {
  const { loadReturn, tooLarge } = await import('../../xlsx/collect');
  const out: ReturnedWorkbook[] = [];
  for (const f of files) {
    if (f.size > MAX_PICKED_BYTES) out.push({ name: f.name, sheets: null, loadError: tooLarge(f.name, f.size) });
    else out.push(await loadReturn({ name: f.name, data: new Uint8Array(await f.read()) }));
    onProgress(out.length, files.length);
  }
  return out;
}

/** The cells a report would write or conflict on, to notice that the master changed between check and merge. */
export function conflictKey(report: CollectReport): string {
  return report.conflicts.map((c) => `${c.sheet}!${c.cell}=${String(c.master)}>${c.returned}`).join('|');
}

// ---------------------------------------------------------------------------------------------------------------
// The component.

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  download: { display: 'flex', flexDirection: 'column' },
  report: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  file: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `3px solid ${tokens.colorNeutralStroke2}`,
  },
  accepted: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  rejected: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  duplicate: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  fileHead: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  fileName: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
    color: tokens.colorNeutralForeground2,
  },
  reason: { color: tokens.colorPaletteRedForeground1 },
  note: { color: tokens.colorNeutralForeground3 },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, flexWrap: 'wrap', alignItems: 'center' },
  conflicts: { tableLayout: 'fixed', width: '100%' },
  narrow: { width: '17%' },
  wide: { width: '32%' },
  value: { width: '17%' },
});

function useObjectUrls(): [string[], (blobs: Blob[]) => string[]] {
  const [urls, setUrls] = React.useState<string[]>([]);
  React.useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);
  const make = React.useCallback((blobs: Blob[]) => {
    const next = blobs.map((b) => URL.createObjectURL(b));
    setUrls(next);
    return next;
  }, []);
  return [urls, make];
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const blobOf = (bytes: Uint8Array, type: string) => new Blob([bytes.slice().buffer as ArrayBuffer], { type });

type Where = 'send' | 'take';

/** 16 random bytes as hex, from the browser's cryptographic source. */
function randomHex(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function RoundTripPanel({ lang, readMaster, applyPlan }: RoundTripPanelProps): React.JSX.Element {
  const styles = useStyles();
  const L = (x: Text) => x[lang];
  const [busy, setBusy] = React.useState(false);
  // Messages are shown in the section whose action produced them, next to its button (the pane may be scrolled).
  const [where, setWhere] = React.useState<Where>('send');
  const [errors, setErrors] = React.useState<string[]>([]);
  const [info, setInfo] = React.useState<string | null>(null);

  // Send out
  const [downloads, setDownloads] = React.useState<{ name: string; unit: string }[]>([]);
  const [zipName, setZipName] = React.useState('Tu-cham.zip');
  const [urls, makeUrls] = useObjectUrls();

  // Take back
  const [picked, setPicked] = React.useState<File[]>([]);
  const [progress, setProgress] = React.useState<{ done: number; total: number } | null>(null);
  const [returns, setReturns] = React.useState<ReturnedWorkbook[]>([]);
  const [report, setReport] = React.useState<CollectReport | null>(null);
  const [merged, setMerged] = React.useState(false);
  const [confirmOverwrite, setConfirmOverwrite] = React.useState(false);
  const errorsRef = useRevealed<HTMLDivElement>(errors.length ? errors : null);
  const infoRef = useRevealed<HTMLDivElement>(info);

  const fail = (e: unknown) => {
    if (typeof console !== 'undefined') console.error(e);
    const text = (e as { text?: Text })?.text;
    setErrors([
      text ? L(text) : lang === 'vi' ? 'Đã xảy ra lỗi ngoài dự kiến; hãy thử lại.' : 'Something unexpected went wrong; try again.',
    ]);
  };

  const master = async (): Promise<Master | null> => {
    const { master: m, errors: errs } = masterFrom(await readMaster(), lang);
    setErrors(errs);
    return m;
  };

  /** One action at a time; its messages go to its section. */
  const act = async (at: Where, work: () => Promise<void>) => {
    setBusy(true);
    setWhere(at);
    setErrors([]);
    setInfo(null);
    try {
      await work();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const sendOut = () =>
    act('send', async () => {
      const read = await master();
      if (!read) return;
      // The bloc's secret (made on the first split and kept in the workbook) signs each unit's key.
      const { master: m, plan } = withSecret(read, randomHex);
      if (plan) await applyPlan(plan);
      const files = await buildDownloads(planSplit(m));
      const zip = await zipDownloads(files);
      makeUrls([...files.map((f) => blobOf(f.bytes, XLSX_MIME)), blobOf(zip, 'application/zip')]);
      setDownloads(files.map((f) => ({ name: f.name, unit: f.unit })));
      setZipName(zipFileName(m));
    });

  const check = () =>
    act('take', async () => {
      setReport(null);
      setMerged(false);
      setConfirmOverwrite(false);
      const m = await master();
      if (!m) return;
      setProgress({ done: 0, total: picked.length });
      try {
        const loaded = await loadPicked(
          picked.map((f) => ({ name: f.name, size: f.size, read: () => f.arrayBuffer() })),
          (done, total) => setProgress({ done, total }),
        );
        setReturns(loaded);
        setReport(collectReturns(m, loaded));
      } finally {
        setProgress(null);
      }
    });

  const merge = () =>
    act('take', async () => {
      if (!report) return;
      // Re-read the master: a cell typed in since the check must not be overwritten unseen.
      const m = await master();
      if (!m) return;
      const fresh = collectReturns(m, returns, { overwrite: confirmOverwrite });
      if (conflictKey(fresh) !== conflictKey(report)) {
        setReport(collectReturns(m, returns));
        setConfirmOverwrite(false);
        setInfo(L(S.changed));
        return;
      }
      if (!fresh.plan.cellWrites.length) {
        setInfo(L(S.nothing));
        return;
      }
      await applyPlan(fresh.plan);
      setReport(fresh);
      setMerged(true);
      setReturns([]);
      setInfo(
        (lang === 'vi' ? `Đã ghi ${fresh.plan.cellWrites.length} ô. ` : `Wrote ${fresh.plan.cellWrites.length} cells. `) + L(S.rescore),
      );
    });

  const writable = report && !merged ? report.plan.cellWrites.length + (confirmOverwrite ? report.conflicts.length : 0) : 0;

  const messages = (at: Where) =>
    where === at && (
      <>
        {errors.length > 0 && (
          <MessageBar intent="error" layout="multiline" data-testid="roundtrip-errors" ref={errorsRef}>
            <MessageBarBody>
              {errors.slice(0, 10).map((e) => (
                <div key={e}>{e}</div>
              ))}
              {errors.length > 10 && (
                <div>{lang === 'vi' ? `… và ${errors.length - 10} lỗi khác` : `… and ${errors.length - 10} more`}</div>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
        {info && (
          <MessageBar intent={merged ? 'success' : 'info'} layout="multiline" data-testid="roundtrip-info" ref={infoRef}>
            <MessageBarBody>{info}</MessageBarBody>
          </MessageBar>
        )}
      </>
    );

  return (
    <div className={styles.root} aria-busy={busy}>
      <section className={styles.section} aria-labelledby="roundtrip-send-title">
        <Subtitle2 as="h2" id="roundtrip-send-title" className={styles.heading}>
          {L(S.sendTitle)}
        </Subtitle2>
        <Caption1>{L(S.sendHelp)}</Caption1>
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy} onClick={() => void sendOut()} data-testid="roundtrip-make">
            {L(S.make)}
          </Button>
        </div>
        {messages('send')}
        {downloads.length > 0 && (
          <>
            <div className={styles.row}>
              <Button as="a" href={urls[downloads.length]} download={zipName} data-testid="roundtrip-zip">
                {L(S.zip)}
              </Button>
              <span className={styles.fileName}>{zipName}</span>
            </div>
            <Body1>{L(S.files)}</Body1>
            <ul className={styles.list} data-testid="roundtrip-downloads">
              {downloads.map((d, i) => (
                <li key={d.name} className={styles.download}>
                  <Link href={urls[i]} download={d.name} data-testid="roundtrip-download" data-unit={d.unit}>
                    {d.name}
                  </Link>
                  <Caption1>{d.unit}</Caption1>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <Divider />

      <section className={styles.section} aria-labelledby="roundtrip-take-title">
        <Subtitle2 as="h2" id="roundtrip-take-title" className={styles.heading}>
          {L(S.takeTitle)}
        </Subtitle2>
        <Caption1>{L(S.takeHelp)}</Caption1>
        <Field label={L(S.pick)}>
          {(fieldProps: React.InputHTMLAttributes<HTMLInputElement>) => (
            <input
              {...fieldProps}
              type="file"
              multiple
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              disabled={busy}
              data-testid="roundtrip-pick"
              onChange={(e) => {
                setPicked(Array.from(e.target.files ?? []));
                setReport(null);
                setMerged(false);
                if (where === 'take') setInfo(null);
              }}
            />
          )}
        </Field>
        <div className={styles.row}>
          <Button disabled={busy || picked.length === 0} onClick={() => void check()} data-testid="roundtrip-check">
            {L(S.check)}
          </Button>
        </div>
        {progress && progress.done < progress.total && (
          <Field label={`${L(S.checking)} ${progress.done}/${progress.total}`} data-testid="roundtrip-progress">
            <ProgressBar value={progress.total ? progress.done / progress.total : 0} />
          </Field>
        )}

        {report && (
          <>
            <ul className={styles.report} data-testid="roundtrip-report">
              {report.files.map((f, i) => (
                <li
                  key={`${i}-${f.file}`}
                  className={mergeClasses(styles.file, styles[f.status])}
                  data-testid="roundtrip-file"
                  data-status={f.status}
                  data-file={f.file}
                >
                  <div className={styles.fileHead}>
                    <Badge appearance="filled" color={STATUS[f.status].color}>
                      {L(STATUS[f.status].label)}
                    </Badge>
                    <Body1Strong>{f.unitName ?? f.file}</Body1Strong>
                  </div>
                  {f.unitName && <span className={styles.fileName}>{f.file}</span>}
                  {f.status === 'accepted' && <Caption1>{fileCounts(f, merged, lang)}</Caption1>}
                  {f.reasons.map((r, k) => (
                    <Caption1 key={`r${k}`} className={styles.reason}>
                      {L(r)}
                    </Caption1>
                  ))}
                  {f.notes.map((r, k) => (
                    <Caption1 key={`n${k}`} className={styles.note}>
                      {L(r)}
                    </Caption1>
                  ))}
                </li>
              ))}
            </ul>

            {report.conflicts.length > 0 && (
              <>
                <Body1Strong id="roundtrip-conflicts-title">
                  {merged
                    ? `${L(report.conflicts.some((c) => c.overwritten) ? S.conflictsOverwritten : S.conflictsKept)}: ${report.conflicts.length}`
                    : `${L(S.conflicts)}: ${report.conflicts.length}`}
                </Body1Strong>
                <Table
                  size="extra-small"
                  className={styles.conflicts}
                  aria-labelledby="roundtrip-conflicts-title"
                  data-testid="roundtrip-conflicts"
                >
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell className={styles.narrow}>{L(S.cell)}</TableHeaderCell>
                      <TableHeaderCell className={styles.wide}>{L(S.unit)}</TableHeaderCell>
                      <TableHeaderCell className={styles.narrow}>{L(S.criterion)}</TableHeaderCell>
                      <TableHeaderCell className={styles.value}>{L(S.masterValue)}</TableHeaderCell>
                      <TableHeaderCell className={styles.value}>{L(S.returnedValue)}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {report.conflicts.map((c) => (
                      <TableRow
                        key={`${c.sheet}!${c.cell}`}
                        data-testid="roundtrip-conflict"
                        data-cell={c.cell}
                        data-overwritten={merged && c.overwritten ? 'true' : undefined}
                      >
                        <TableCell>{c.cell}</TableCell>
                        <TableCell>{c.unitName}</TableCell>
                        <TableCell>{c.criterion}</TableCell>
                        <TableCell className={styles.value}>{quote(c.master, lang)}</TableCell>
                        <TableCell className={styles.value}>{String(c.returned).replace('.', lang === 'vi' ? ',' : '.')}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
                {!merged && (
                  <Checkbox
                    checked={confirmOverwrite}
                    disabled={busy || returns.length === 0}
                    onChange={(_, d) => setConfirmOverwrite(!!d.checked)}
                    data-testid="roundtrip-overwrite"
                    label={`${L(S.overwrite)} (${report.conflicts.length})`}
                  />
                )}
              </>
            )}

            {!merged && (
              <div className={styles.row}>
                <Button
                  appearance="primary"
                  disabled={busy || returns.length === 0 || writable === 0}
                  onClick={() => void merge()}
                  data-testid="roundtrip-merge"
                >
                  {`${L(S.merge)} (${writable})`}
                </Button>
              </div>
            )}
          </>
        )}
        {messages('take')}
      </section>
    </div>
  );
}

export default RoundTripPanel;
