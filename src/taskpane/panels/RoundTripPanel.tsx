// The email round trip in the task pane: "Gửi đơn vị tự chấm" builds one self-scoring workbook per member unit and
// offers each as a download (and all as a zip); "Nhận bảng tự chấm" checks returned workbooks, shows a report per
// file and the conflicts, and merges only after the user says so, conflicting cells only after an explicit
// "Ghi đè các ô xung đột". ExcelJS (and jszip) are loaded on demand, when an action needs them.

import * as React from 'react';
import {
  Badge,
  Body1,
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
  tokens,
} from '@fluentui/react-components';
import type { Lang, Text } from '../../domain/model';
import { collectReturns, quote, type CollectReport, type FileStatus, type ReturnedWorkbook } from '../../workbook/collect';
import type { SheetGrid } from '../../workbook/grid';
import type { WritePlan } from '../../workbook/plan';
import { readBloc } from '../../workbook/read';
import { planSplit, type Master, type SplitBook } from '../../workbook/split';

export interface RoundTripPanelProps {
  lang: Lang;
  readMaster: () => Promise<SheetGrid[]>;
  applyPlan: (plan: WritePlan) => Promise<void>;
}

const t = (vi: string, en: string): Text => ({ vi, en });

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
  check: t('Kiểm tra', 'Check'),
  checking: t('Đang đọc tệp', 'Reading files'),
  merge: t('Gộp vào bảng chấm điểm', 'Merge into the score table'),
  overwrite: t('Ghi đè các ô xung đột', 'Overwrite the conflicting cells'),
  conflicts: t('Ô xung đột (đã có giá trị khác)', 'Conflicting cells (already holding a different value)'),
  cell: t('Ô', 'Cell'),
  unit: t('Đơn vị', 'Unit'),
  criterion: t('Tiêu chí', 'Criterion'),
  masterValue: t('Bảng tổng hợp', 'Master'),
  returnedValue: t('Tệp gửi về', 'Returned'),
  changed: t(
    'Bảng chấm điểm đã thay đổi từ lúc kiểm tra; đã kiểm tra lại, hãy xem lại các ô xung đột rồi gộp.',
    'The score table changed since the check; it was checked again: review the conflicts, then merge.',
  ),
  rescore: t('Bấm “Chấm điểm” để tính lại kết quả với điểm vừa gộp.', 'Run “Score” to recompute the result with the merged scores.'),
  nothing: t('Không có ô nào cần ghi.', 'There is nothing to write.'),
};

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
  const read = readBloc(sheets);
  const errors = read.issues
    .filter((i) => i.severity === 'error')
    .map((i) => `${i.cell ? `${i.sheet}!${i.cell}` : i.sheet}: ${i.message[lang]}`);
  if (!read.bloc || !read.layout || errors.length) return { master: null, errors: errors.length ? errors : [lang === 'vi' ? 'Không đọc được bảng chấm điểm.' : 'The score table could not be read.'] };
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
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  file: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  fileHead: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  reason: { color: tokens.colorPaletteRedForeground1 },
  note: { color: tokens.colorNeutralForeground3 },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
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

export function RoundTripPanel({ lang, readMaster, applyPlan }: RoundTripPanelProps): React.JSX.Element {
  const styles = useStyles();
  const L = (x: Text) => x[lang];
  const [busy, setBusy] = React.useState(false);
  const [errors, setErrors] = React.useState<string[]>([]);
  const [info, setInfo] = React.useState<string | null>(null);

  // Send out
  const [downloads, setDownloads] = React.useState<{ name: string; unit: string }[]>([]);
  const [urls, makeUrls] = useObjectUrls();

  // Take back
  const [picked, setPicked] = React.useState<File[]>([]);
  const [progress, setProgress] = React.useState<{ done: number; total: number } | null>(null);
  const [returns, setReturns] = React.useState<ReturnedWorkbook[]>([]);
  const [report, setReport] = React.useState<CollectReport | null>(null);
  const [confirmOverwrite, setConfirmOverwrite] = React.useState(false);

  const fail = (e: unknown) => {
    const text = (e as { text?: Text })?.text;
    setErrors([text ? L(text) : lang === 'vi' ? 'Đã xảy ra lỗi ngoài dự kiến; hãy thử lại.' : 'Something unexpected went wrong; try again.']);
  };

  const master = async (): Promise<Master | null> => {
    const { master: m, errors: errs } = masterFrom(await readMaster(), lang);
    setErrors(errs);
    return m;
  };

  const sendOut = async () => {
    setBusy(true);
    setInfo(null);
    try {
      const m = await master();
      if (!m) return;
      const files = await buildDownloads(planSplit(m));
      const zip = await zipDownloads(files);
      makeUrls([...files.map((f) => blobOf(f.bytes, XLSX_MIME)), blobOf(zip, 'application/zip')]);
      setDownloads(files.map((f) => ({ name: f.name, unit: f.unit })));
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const check = async () => {
    setBusy(true);
    setInfo(null);
    setReport(null);
    setConfirmOverwrite(false);
    try {
      const m = await master();
      if (!m) return;
      setProgress({ done: 0, total: picked.length });
      const loaded = await loadPicked(
        picked.map((f) => ({ name: f.name, size: f.size, read: () => f.arrayBuffer() })),
        (done, total) => setProgress({ done, total }),
      );
      setReturns(loaded);
      setReport(collectReturns(m, loaded));
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const merge = async () => {
    if (!report) return;
    setBusy(true);
    try {
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
      setReturns([]);
      setInfo(
        (lang === 'vi' ? `Đã ghi ${fresh.plan.cellWrites.length} ô. ` : `Wrote ${fresh.plan.cellWrites.length} cells. `) + L(S.rescore),
      );
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const writable = report ? report.plan.cellWrites.length + (confirmOverwrite ? report.conflicts.length : 0) : 0;

  return (
    <div className={styles.root}>
      {errors.length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>
            {errors.slice(0, 10).map((e) => (
              <div key={e}>{e}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {info && (
        <MessageBar intent="info">
          <MessageBarBody>{info}</MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.section}>
        <Subtitle2>{L(S.sendTitle)}</Subtitle2>
        <Caption1>{L(S.sendHelp)}</Caption1>
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy} onClick={sendOut}>
            {L(S.make)}
          </Button>
        </div>
        {downloads.length > 0 && (
          <ul className={styles.list}>
            {downloads.map((d, i) => (
              <li key={d.name}>
                <Link href={urls[i]} download={d.name}>
                  {d.name}
                </Link>{' '}
                <Caption1>({d.unit})</Caption1>
              </li>
            ))}
            <li>
              <Link href={urls[downloads.length]} download="Tu-cham.zip">
                {L(S.zip)}
              </Link>
            </li>
          </ul>
        )}
      </section>

      <Divider />

      <section className={styles.section}>
        <Subtitle2>{L(S.takeTitle)}</Subtitle2>
        <Caption1>{L(S.takeHelp)}</Caption1>
        <Field label={L(S.pick)}>
          {(fieldProps: React.InputHTMLAttributes<HTMLInputElement>) => (
            <input
              {...fieldProps}
              type="file"
              multiple
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              disabled={busy}
              onChange={(e) => {
                setPicked(Array.from(e.target.files ?? []));
                setReport(null);
              }}
            />
          )}
        </Field>
        <div className={styles.row}>
          <Button disabled={busy || picked.length === 0} onClick={check}>
            {L(S.check)}
          </Button>
        </div>
        {progress && progress.done < progress.total && (
          <Field label={`${L(S.checking)} ${progress.done}/${progress.total}`}>
            <ProgressBar value={progress.total ? progress.done / progress.total : 0} />
          </Field>
        )}

        {report && (
          <>
            <ul className={styles.list}>
              {report.files.map((f, i) => (
                <li key={`${i}-${f.file}`} className={styles.file}>
                  <div className={styles.fileHead}>
                    <Badge appearance="filled" color={STATUS[f.status].color}>
                      {L(STATUS[f.status].label)}
                    </Badge>
                    <Body1>{f.file}</Body1>
                    {f.unitName && <Caption1>{f.unitName}</Caption1>}
                  </div>
                  {f.status === 'accepted' && (
                    <Caption1>
                      {lang === 'vi'
                        ? `${f.written} ô sẽ ghi, ${f.unchanged} ô không đổi, ${f.conflicts.length} xung đột`
                        : `${f.written} cells to write, ${f.unchanged} unchanged, ${f.conflicts.length} conflicts`}
                    </Caption1>
                  )}
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
                <Body1>
                  {L(S.conflicts)}: {report.conflicts.length}
                </Body1>
                <Table size="small" aria-label={L(S.conflicts)}>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>{L(S.cell)}</TableHeaderCell>
                      <TableHeaderCell>{L(S.unit)}</TableHeaderCell>
                      <TableHeaderCell>{L(S.criterion)}</TableHeaderCell>
                      <TableHeaderCell>{L(S.masterValue)}</TableHeaderCell>
                      <TableHeaderCell>{L(S.returnedValue)}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {report.conflicts.map((c) => (
                      <TableRow key={`${c.sheet}!${c.cell}`}>
                        <TableCell>{c.cell}</TableCell>
                        <TableCell>{c.unitName}</TableCell>
                        <TableCell>{c.criterion}</TableCell>
                        <TableCell>{quote(c.master, lang)}</TableCell>
                        <TableCell>{String(c.returned).replace('.', lang === 'vi' ? ',' : '.')}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
                <Checkbox
                  checked={confirmOverwrite}
                  disabled={busy || returns.length === 0}
                  onChange={(_, d) => setConfirmOverwrite(!!d.checked)}
                  label={`${L(S.overwrite)} (${report.conflicts.length})`}
                />
              </>
            )}

            <div className={styles.row}>
              <Button appearance="primary" disabled={busy || returns.length === 0 || writable === 0} onClick={merge}>
                {`${L(S.merge)} (${writable})`}
              </Button>
            </div>
          </>
        )}
      </section>
    </div>
  );
}

export default RoundTripPanel;
