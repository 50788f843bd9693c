// Lập biên bản: reads the open workbook, scores it with the same engine as the Score tab, and fills the two minutes
// (review/nomination and handover) from the bloc's own templates (picked now, or kept in the workbook) or the
// default ones; shows each as a page preview and offers it as a .docx download. Picked templates can be kept in the
// workbook's very hidden `_bxtd_mau` sheet so they travel by email with it.

import * as React from 'react';
import {
  Body1,
  Button,
  Caption1,
  Divider,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Text } from '../../domain/model';
import type { MinutesKind } from '../../minutes/data';
import type { StoredTemplates } from '../../minutes/stored';
import { Progress } from '../components/Progress';
import type { FilledMinute, MinutesSource } from './minutes-actions';
import { KINDS, originOf, type ChosenTemplate, type ChosenTemplates, type TemplateOrigin } from './minutes-choice';
import { MinutePreview } from './MinutePreview';
import { t, type WorkbookPanelProps } from '../i18n';
import { useRevealed } from './reveal';

export interface MinutesPanelProps extends WorkbookPanelProps {
  /** Switches to the Kiểm tra tab, where the workbook's errors are listed with their cells. */
  onOpenCheck?: () => void;
}

const S = {
  intro: t(
    'Lập biên bản họp bình xét, suy tôn và biên bản bàn giao Khối trưởng (.docx, theo thể thức Nghị định 30/2020/NĐ-CP) từ dữ liệu của sổ đang mở. Xem trước, rồi tải về để in và ký.',
    'Makes the review/nomination minute and the bloc head handover minute (.docx, per Decree 30/2020/NĐ-CP) from the open workbook. Preview them, then download to print and sign.',
  ),
  make: t('Lập biên bản', 'Make the minutes'),
  remake: t('Lập lại từ sổ', 'Make again from the workbook'),
  reading: t('Đang đọc sổ và lập biên bản…', 'Reading the workbook and making the minutes…'),
  checkingTemplate: t('Đang kiểm tra tệp mẫu…', 'Checking the template…'),
  saving: t('Đang lưu mẫu vào sổ…', 'Keeping the templates in the workbook…'),
  removing: t('Đang xóa mẫu lưu trong sổ…', 'Removing the stored templates…'),
  hasErrors: t('Sổ có lỗi nên chưa lập được biên bản', 'The workbook has errors, so the minutes cannot be made'),
  hasErrorsHelp: t(
    'Thẻ Kiểm tra liệt kê từng lỗi và đưa đến đúng ô cần sửa. Sửa xong, bấm Lập biên bản lại.',
    'The Check tab lists every error and takes you to its cell. Once fixed, make the minutes again.',
  ),
  openCheck: t('Mở thẻ Kiểm tra', 'Open the Check tab'),
  gaps: t(
    'Biên bản còn để trống (điền tay, hoặc bổ sung vào sổ rồi lập lại)',
    'Left blank in the minutes (fill in by hand, or complete the workbook and make them again)',
  ),
  storedIssues: t('Mẫu lưu trong sổ bị hỏng', 'Stored templates are damaged'),
  title: {
    nomination: t('Biên bản họp bình xét, suy tôn', 'Review and nomination minute'),
    handover: t('Biên bản bàn giao Khối trưởng', 'Bloc head handover minute'),
  },
  origin: {
    default: t('mẫu mặc định', 'default template'),
    stored: t('mẫu lưu trong sổ', 'template kept in the workbook'),
    chosen: t('mẫu đã chọn', 'chosen template'),
  } satisfies Record<TemplateOrigin, Text>,
  download: t('Tải về', 'Download'),
  using: t('Đang dùng', 'Using the'),
  getDefault: t('Tải mẫu mặc định để sửa', 'Download the default to edit'),
  pick: t('Chọn mẫu riêng (.docx)', 'Choose your own template (.docx)'),
  pickHelp: t(
    'Tệp Word có các chỗ điền như {ten_khoi}, {ngay_hop}; tối đa 10 MB. Danh sách chỗ điền: lệnh “bxtd placeholders” hoặc tài liệu hướng dẫn.',
    'A Word file with placeholders such as {ten_khoi}, {ngay_hop}; at most 10 MB. The list of placeholders: “bxtd placeholders” or the guide.',
  ),
  unchoose: t('Bỏ mẫu đã chọn', 'Drop the chosen template'),
  removeStored: t('Xóa mẫu lưu trong sổ', 'Remove the stored template'),
  keepTitle: t('Lưu mẫu trong sổ', 'Keep templates in the workbook'),
  keepHelp: t(
    'Mẫu riêng được lưu vào một trang ẩn (_bxtd_mau) của sổ, đi cùng tệp khi gửi thư điện tử và được dùng tự động lần sau.',
    'Your own templates are kept in a hidden sheet (_bxtd_mau) of the workbook: they travel with the file by email and are used automatically next time.',
  ),
  keep: t('Lưu các mẫu đã chọn vào sổ', 'Keep the chosen templates in the workbook'),
  removeAll: t('Xóa mọi mẫu lưu trong sổ', 'Remove all stored templates'),
  kept: t(
    'Đã lưu mẫu vào sổ. Hãy lưu tệp Excel để mẫu đi cùng sổ.',
    'The templates are kept in the workbook. Save the Excel file so they travel with it.',
  ),
  removed: t(
    'Đã xóa mẫu lưu trong sổ; biên bản dùng lại mẫu mặc định.',
    'The stored templates are removed; the minutes use the defaults again.',
  ),
  previewLabel: t('Bản xem trước', 'Preview'),
  knownList: t('Các chỗ điền dùng được', 'Known placeholders'),
  cut: t('… (bản xem trước dừng ở đây; tệp tải về có đủ nội dung)', '… (the preview stops here; the downloaded file is complete)'),
  unexpected: t('Đã xảy ra lỗi ngoài dự kiến; hãy thử lại.', 'Something unexpected went wrong; try again.'),
};

/** A refusal that lists every known placeholder (src/minutes/fill.ts) splits into what is wrong, shown, and the list,
 *  folded away: sixty placeholders would otherwise bury the one that is unknown. */
const KNOWN_LIST = /\s(Các chỗ điền dùng được|Known placeholders): /;
export function splitRefusal(text: string): { head: string; list: string | null } {
  const m = KNOWN_LIST.exec(text);
  return m ? { head: text.slice(0, m.index), list: text.slice(m.index + 1 + m[1].length + 2) } : { head: text, list: null };
}

/** The reader, engine, stored-template codec and filling come with the first action, not with the pane. */
const actions = () => import('./minutes-actions');
type Actions = Awaited<ReturnType<typeof actions>>;

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  // Stays in view while the pane is scrolled down to a template picker.
  busy: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: `${tokens.spacingVerticalXS} 0`,
  },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, flexWrap: 'wrap', alignItems: 'center' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  note: { color: tokens.colorNeutralForeground3 },
  fileName: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  known: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
    '& summary': { cursor: 'pointer' },
  },
});

/** Object URLs for the downloads, revoked when replaced or when the panel goes away. */
function useDownloadUrls(minutes: FilledMinute[]): Partial<Record<MinutesKind, string>> {
  const urls = React.useMemo(() => {
    if (typeof URL === 'undefined' || typeof URL.createObjectURL !== 'function') return {};
    const out: Partial<Record<MinutesKind, string>> = {};
    for (const m of minutes)
      if (m.bytes) out[m.kind] = URL.createObjectURL(new Blob([m.bytes.slice().buffer as ArrayBuffer], { type: DOCX_MIME }));
    return out;
  }, [minutes]);
  React.useEffect(() => () => Object.values(urls).forEach((u) => u && URL.revokeObjectURL(u)), [urls]);
  return urls;
}

export function MinutesPanel({ lang, readMaster, applyPlan, onOpenCheck }: MinutesPanelProps): React.JSX.Element {
  const styles = useStyles();
  const L = (x: Text) => x[lang];
  const [busy, setBusy] = React.useState<Text | null>(null);
  const [failure, setFailure] = React.useState<Text | null>(null);
  const [errors, setErrors] = React.useState<string[]>([]);
  const [info, setInfo] = React.useState<Text | null>(null);
  const [source, setSource] = React.useState<MinutesSource | null>(null);
  const [minutes, setMinutes] = React.useState<FilledMinute[]>([]);
  const [chosen, setChosen] = React.useState<ChosenTemplates>({});
  const [refused, setRefused] = React.useState<Partial<Record<MinutesKind, Text>>>({});
  const urls = useDownloadUrls(minutes);
  const infoRef = useRevealed<HTMLDivElement>(info);
  const failureRef = useRevealed<HTMLDivElement>(failure);

  /** Runs one action at a time with a progress label; any failure becomes a plain message. */
  const act = async (label: Text, work: () => Promise<void>) => {
    setBusy(label);
    setFailure(null);
    try {
      await work();
    } catch (e) {
      if (typeof console !== 'undefined') console.error(e);
      setFailure((e as { text?: Text })?.text ?? S.unexpected);
    } finally {
      setBusy(null);
    }
  };

  /** Reads the workbook and fills both minutes with these templates. */
  const readAndMake = async (templates: ChosenTemplates) => {
    const [{ minutesSource, makeMinutes }, sheets] = await Promise.all([actions(), readMaster()]);
    const read = minutesSource(sheets, lang);
    setErrors(read.errors);
    setSource(read.source);
    setMinutes(read.source ? await makeMinutes(read.source, templates) : []);
  };

  const make = () =>
    act(S.reading, async () => {
      setInfo(null);
      await readAndMake(chosen);
    });

  const pick = (kind: MinutesKind, file: File) =>
    act(S.checkingTemplate, async () => {
      setInfo(null);
      setRefused((r) => ({ ...r, [kind]: undefined }));
      const { loadTemplate, makeMinutes } = await actions();
      let template: ChosenTemplate;
      try {
        template = await loadTemplate({ name: file.name, size: file.size, read: () => file.arrayBuffer() });
      } catch (e) {
        const text = (e as { text?: Text })?.text;
        if (!text) throw e;
        setRefused((r) => ({ ...r, [kind]: text }));
        return;
      }
      const next = { ...chosen, [kind]: template };
      setChosen(next);
      if (source) setMinutes(await makeMinutes(source, next));
    });

  const unchoose = (kind: MinutesKind) =>
    act(S.reading, async () => {
      const next = { ...chosen };
      delete next[kind];
      setChosen(next);
      setRefused((r) => ({ ...r, [kind]: undefined }));
      if (source) setMinutes(await (await actions()).makeMinutes(source, next));
    });

  /** Writes `_bxtd_mau` from what the workbook holds now (read again: never from a stale copy), then remakes. */
  const store = (label: Text, done: Text, change: (a: Actions, current: StoredTemplates) => StoredTemplates, after: ChosenTemplates) =>
    act(label, async () => {
      setInfo(null);
      const [a, sheets] = await Promise.all([actions(), readMaster()]);
      await applyPlan(a.storedTemplatesPlan(sheets, change(a, a.storedOf(sheets).templates)));
      setChosen(after);
      await readAndMake(after);
      setInfo(done);
    });

  const keep = () => store(S.saving, S.kept, (a, current) => a.withChosen(current, chosen), {});
  const removeStored = (kinds: MinutesKind[]) => store(S.removing, S.removed, (a, current) => a.without(current, kinds), chosen);

  /** The default template as a file, a starting point for the bloc's own wording in Word. */
  const saveDefault = (kind: MinutesKind) =>
    act(S.reading, async () => {
      const file = await (await actions()).defaultTemplate(kind);
      const url = URL.createObjectURL(new Blob([file.bytes.slice().buffer as ArrayBuffer], { type: DOCX_MIME }));
      const a = document.createElement('a');
      a.href = url;
      a.download = file.name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    });

  const anyChosen = KINDS.some((k) => chosen[k]);
  const anyStored = !!source && KINDS.some((k) => source.stored[k]);
  const disabled = busy !== null;

  return (
    <div className={styles.root} data-testid="minutes-panel" aria-busy={disabled}>
      <Caption1>{L(S.intro)}</Caption1>
      <div className={styles.row}>
        <Button appearance="primary" disabled={disabled} onClick={make} data-testid="minutes-make">
          {minutes.length ? L(S.remake) : L(S.make)}
        </Button>
      </div>
      {busy && (
        <div className={styles.busy}>
          <Progress label={L(busy)} />
        </div>
      )}

      {failure && (
        <MessageBar intent="error" layout="multiline" data-testid="minutes-failure" ref={failureRef}>
          <MessageBarBody>{L(failure)}</MessageBarBody>
        </MessageBar>
      )}
      {errors.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="minutes-errors">
          <MessageBarBody>
            <MessageBarTitle>{L(S.hasErrors)}</MessageBarTitle> {L(S.hasErrorsHelp)}
            <ul className={styles.list}>
              {errors.slice(0, 5).map((e) => (
                <li key={e}>{e}</li>
              ))}
              {errors.length > 5 && <li>{lang === 'vi' ? `… và ${errors.length - 5} lỗi khác` : `… and ${errors.length - 5} more`}</li>}
            </ul>
          </MessageBarBody>
          {onOpenCheck && (
            <MessageBarActions>
              <Button size="small" onClick={onOpenCheck}>
                {L(S.openCheck)}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {source && source.storedIssues.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{L(S.storedIssues)}</MessageBarTitle>
            <ul className={styles.list}>
              {source.storedIssues.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {source && source.gaps.length > 0 && (
        <MessageBar intent="info" layout="multiline" data-testid="minutes-gaps">
          <MessageBarBody>
            <MessageBarTitle>{L(S.gaps)}</MessageBarTitle>
            <ul className={styles.list}>
              {source.gaps.map((g) => (
                <li key={g.en}>{L(g)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      {KINDS.map((kind) => {
        const m = minutes.find((x) => x.kind === kind);
        const origin = originOf(kind, chosen, source?.stored ?? {});
        const refusal = refused[kind] ? splitRefusal(L(refused[kind]!)) : null;
        return (
          <React.Fragment key={kind}>
            <Divider />
            <section className={styles.section} aria-labelledby={`minutes-title-${kind}`} data-testid={`minutes-${kind}`}>
              <Subtitle2 as="h2" id={`minutes-title-${kind}`} className={styles.heading}>
                {L(S.title[kind])}
              </Subtitle2>
              {m?.error && (
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>{L(m.error)}</MessageBarBody>
                </MessageBar>
              )}
              {m?.bytes && urls[kind] && (
                <div className={styles.row}>
                  <Button as="a" appearance="primary" href={urls[kind]} download={m.fileName} data-testid={`minutes-download-${kind}`}>
                    {L(S.download)}
                  </Button>
                  <span className={styles.fileName}>{m.fileName}</span>
                </div>
              )}
              {m && m.preview.length > 0 && (
                <MinutePreview blocks={m.preview} label={`${L(S.previewLabel)}: ${L(S.title[kind])}`} cutNote={L(S.cut)} />
              )}
              <div className={styles.row}>
                <Caption1 className={styles.note} data-testid={`minutes-origin-${kind}`}>
                  {`${L(S.using)} ${L(S.origin[origin])}${origin === 'chosen' && chosen[kind] ? `: ${chosen[kind]!.name}` : ''}`}
                </Caption1>
                <Button size="small" appearance="subtle" disabled={disabled} onClick={() => void saveDefault(kind)}>
                  {L(S.getDefault)}
                </Button>
              </div>
              <Field label={L(S.pick)} hint={L(S.pickHelp)} validationState={refusal ? 'error' : 'none'} validationMessage={refusal?.head}>
                {(fieldProps: React.InputHTMLAttributes<HTMLInputElement>) => (
                  <input
                    {...fieldProps}
                    type="file"
                    accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                    disabled={disabled}
                    data-testid={`minutes-pick-${kind}`}
                    onChange={(e) => {
                      const file = e.target.files?.[0];
                      e.target.value = ''; // picking the same file again, after editing it, is a new pick
                      if (file) void pick(kind, file);
                    }}
                  />
                )}
              </Field>
              {refusal?.list && (
                <details className={styles.known} data-testid={`minutes-known-${kind}`}>
                  <summary>{L(S.knownList)}</summary>
                  {refusal.list}
                </details>
              )}
              {(chosen[kind] || source?.stored[kind]) && (
                <div className={styles.row}>
                  {chosen[kind] && (
                    <Button size="small" disabled={disabled} onClick={() => void unchoose(kind)}>
                      {L(S.unchoose)}
                    </Button>
                  )}
                  {source?.stored[kind] && (
                    <Button size="small" disabled={disabled} onClick={() => void removeStored([kind])}>
                      {L(S.removeStored)}
                    </Button>
                  )}
                </div>
              )}
            </section>
          </React.Fragment>
        );
      })}

      <Divider />
      <section className={styles.section} aria-labelledby="minutes-keep-title">
        <Subtitle2 as="h2" id="minutes-keep-title" className={styles.heading}>
          {L(S.keepTitle)}
        </Subtitle2>
        <Body1>{L(S.keepHelp)}</Body1>
        <div className={styles.row}>
          <Button disabled={disabled || !anyChosen} onClick={() => void keep()} data-testid="minutes-keep">
            {L(S.keep)}
          </Button>
          {anyStored && (
            <Button disabled={disabled} onClick={() => void removeStored(KINDS)} data-testid="minutes-remove-all">
              {L(S.removeAll)}
            </Button>
          )}
        </div>
        {info && (
          <MessageBar intent="success" layout="multiline" data-testid="minutes-info" ref={infoRef}>
            <MessageBarBody>{L(info)}</MessageBarBody>
          </MessageBar>
        )}
      </section>
    </div>
  );
}

export default MinutesPanel;
