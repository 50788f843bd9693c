// Gửi bảng tự chấm: the button that makes one self-scoring workbook per unit, then the files as they reach the user
// on this platform: downloads (and a zip) on Windows and the web, "Mở trong Excel" on Mac.

import { Body1, Button, Caption1, Link } from '@fluentui/react-components';
import { DeliveryNote, DownloadButton, useObjectUrls, type OutFile } from '../../components/Files';
import { ActionStatus } from '../../components/Notice';
import { Section, useSectionStyles } from '../../components/Section';
import type { Action } from '../../hooks/useAction';
import { MasterRefused } from './MasterRefused';
import { UI } from '../../i18n';
import { usePane } from '../../pane';
import type { SendState } from './state';

const EMPTY: OutFile[] = [];

export interface SendSectionProps {
  send: SendState;
  make: Action<[], unknown>;
  open: Action<[OutFile[]], number>;
  busy: boolean;
}

export function SendSection({ send, make, open, busy }: SendSectionProps) {
  const styles = useSectionStyles();
  const { lang, env } = usePane();
  const made = send.step === 'made' ? send : null;
  const files = made ? [...made.files, made.zip] : EMPTY;
  const urls = useObjectUrls(env.delivery === 'download' ? files : EMPTY);
  return (
    <Section id="roundtrip-send-title" title={UI.roundtrip.sendTitle[lang]} help={{ text: UI.roundtrip.sendHelp[lang], as: 'caption' }}>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void make.run()} data-testid="roundtrip-make">
          {UI.roundtrip.make[lang]}
        </Button>
      </div>
      <ActionStatus actions={[make, open]} testId="roundtrip-errors" />
      {send.step === 'blocked' && <MasterRefused blocked={send} />}
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
                <Link className={styles.link} href={urls[i]} download={f.name} data-testid="roundtrip-download" data-unit={f.unit}>
                  {f.name}
                </Link>
                <Caption1>{f.unit}</Caption1>
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
              <Button disabled={busy} onClick={() => void open.run(made.files)} data-testid="roundtrip-open-all">
                {UI.files.openAll[lang]}
              </Button>
            </div>
          )}
          <ul className={styles.list} data-testid="roundtrip-downloads">
            {made.files.map((f) => (
              <li key={f.name} className={styles.item}>
                <div className={styles.row}>
                  <Body1>{f.unit}</Body1>
                  {env.openWorkbook && (
                    <Button
                      size="small"
                      disabled={busy}
                      onClick={() => void open.run([f])}
                      aria-label={`${UI.files.openInExcel[lang]}: ${f.name}`}
                      data-testid="roundtrip-open"
                      data-unit={f.unit}
                    >
                      {UI.files.openInExcel[lang]}
                    </Button>
                  )}
                </div>
                <span className={styles.fileName}>{f.name}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
