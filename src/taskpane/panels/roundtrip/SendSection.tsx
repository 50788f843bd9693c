// Gửi bảng tự chấm: the button that makes one self-scoring workbook per unit, then the files as they reach the user
// on this platform — downloads (and a zip) on Windows and the web; on Mac, "Mở trong Excel" one unit at a time, each
// row saying whether its workbook was opened and letting the user tick it saved — listed by unit name first. When this
// split wrote the bloc's secret into the workbook, the first thing said is to save the workbook now, and why.

import { Body1, Button, Caption1, Checkbox, Link, makeStyles, tokens } from '@fluentui/react-components';
import { DeliveryNote, DownloadButton, useObjectUrls, type OutFile } from '../../components/Files';
import { ActionStatus, Notice } from '../../components/Notice';
import { Section } from '../../components/Section';
import type { Action } from '../../hooks/useAction';
import { UI } from '../../i18n';
import { usePane } from '../../pane';
import { useSectionStyles } from '../../styles';
import { MasterRefused } from './MasterRefused';
import type { SendState } from './state';

const EMPTY: OutFile[] = [];

const useStyles = makeStyles({
  unit: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  state: { color: tokens.colorNeutralForeground3 },
  macRow: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
});

export interface SendSectionProps {
  send: SendState;
  make: Action<[], unknown>;
  open: Action<[OutFile[]], number>;
  /** Mac: the files opened in Excel, and those the user ticked as saved. */
  opened: string[];
  saved: string[];
  busy: boolean;
  onOpen: (files: OutFile[]) => void;
  onSaved: (file: string, on: boolean) => void;
}

export function SendSection({ send, make, open, opened, saved, busy, onOpen, onSaved }: SendSectionProps) {
  const styles = { ...useSectionStyles(), ...useStyles() };
  const { lang, env } = usePane();
  const made = send.step === 'made' ? send : null;
  const files = made ? [...made.files, made.zip] : EMPTY;
  const urls = useObjectUrls(env.delivery === 'download' ? files : EMPTY);
  const next = made?.files.find((f) => !opened.includes(f.name)) ?? null;
  return (
    <Section id="roundtrip-send-title" title={UI.roundtrip.sendTitle[lang]} help={{ text: UI.roundtrip.sendHelp[lang], as: 'caption' }}>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void make.run()} data-testid="roundtrip-make">
          {UI.roundtrip.make[lang]}
        </Button>
      </div>
      <ActionStatus actions={[make, open]} testId="roundtrip-errors" />
      {send.step === 'blocked' && <MasterRefused blocked={send} />}
      {made?.secretWritten && (
        <Notice intent="warning" title={UI.roundtrip.saveNow[lang]} testId="roundtrip-save-now" reveal={made}>
          {UI.roundtrip.saveNowWhy[lang]}
        </Notice>
      )}
      {made && env.delivery === 'download' && urls.length === files.length && (
        <>
          <div className={styles.row}>
            <DownloadButton file={made.zip} url={urls[made.files.length]} testId="roundtrip-zip">
              {UI.roundtrip.zip[lang]}
            </DownloadButton>
            <span className={styles.fileName}>{made.zip.name}</span>
          </div>
          <Body1>{UI.roundtrip.perUnit[lang]}</Body1>
          <ul className={styles.list} data-testid="roundtrip-downloads">
            {made.files.map((f, i) => (
              <li key={f.name} className={styles.item}>
                <Link
                  className={styles.link}
                  href={urls[i]}
                  download={f.name}
                  data-testid="roundtrip-download"
                  data-unit={f.unit}
                  data-file={f.name}
                >
                  {f.unit}
                </Link>
                <span className={styles.fileName}>{f.name}</span>
              </li>
            ))}
          </ul>
          <DeliveryNote kind="selfScoring" testId="roundtrip-delivery" />
        </>
      )}
      {made && env.delivery === 'open' && (
        <>
          <DeliveryNote kind="selfScoring" testId="roundtrip-delivery" />
          {env.openWorkbook && (
            <div className={styles.row}>
              <Button disabled={busy || !next} onClick={() => next && onOpen([next])} data-testid="roundtrip-open-next">
                {next ? UI.files.openNext(next.unit)[lang] : UI.files.allOpened[lang]}
              </Button>
              <Caption1 data-testid="roundtrip-open-count">
                {UI.files.openedCount(opened.length, made.files.length, saved.length)[lang]}
              </Caption1>
            </div>
          )}
          <ul className={styles.list} data-testid="roundtrip-downloads">
            {made.files.map((f) => {
              const isOpen = opened.includes(f.name);
              return (
                <li
                  key={f.name}
                  className={styles.macRow}
                  data-testid="roundtrip-unit"
                  data-unit={f.unit}
                  data-opened={isOpen ? 'true' : 'false'}
                >
                  <span className={styles.unit}>{f.unit}</span>
                  <span className={styles.fileName}>{f.name}</span>
                  {env.openWorkbook && (
                    <div className={styles.row}>
                      <Button
                        size="small"
                        disabled={busy}
                        onClick={() => onOpen([f])}
                        aria-label={`${(isOpen ? UI.files.openAgain : UI.files.openInExcel)[lang]}: ${f.unit}`}
                        data-testid="roundtrip-open"
                        data-unit={f.unit}
                      >
                        {(isOpen ? UI.files.openAgain : UI.files.openInExcel)[lang]}
                      </Button>
                      <Checkbox
                        checked={saved.includes(f.name)}
                        disabled={!isOpen}
                        onChange={(_, d) => onSaved(f.name, !!d.checked)}
                        label={UI.files.savedAs[lang]}
                        aria-label={`${UI.files.savedAs[lang]}: ${f.unit}`}
                        data-testid="roundtrip-saved"
                      />
                    </div>
                  )}
                  <Caption1 className={styles.state}>
                    {(saved.includes(f.name) ? UI.files.stateSaved : isOpen ? UI.files.stateOpened : UI.files.stateNotOpened)[lang]}
                  </Caption1>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Section>
  );
}
