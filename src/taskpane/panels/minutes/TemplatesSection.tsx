// The bloc's own templates, in one section folded away until asked for (most blocs use the default templates): per
// document, which template it uses, the picker for the bloc's own (a refusal says what is wrong, with the known
// placeholders folded under it), the default template to start from, and dropping the chosen or removing the kept
// one; then keeping the chosen templates in the workbook, or removing every kept one — asked twice.

import { Badge, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { Button } from '@fluentui/react-components';
import type { Text } from '../../../domain/model';
import type { DocumentKind } from '../../../minutes/kinds';
import { Confirm } from '../../components/Confirm';
import { DeliveryNote } from '../../components/Files';
import { FilePicker } from '../../components/FilePicker';
import { Notice } from '../../components/Notice';
import { UI } from '../../i18n';
import { usePane } from '../../pane';
import { useSectionStyles } from '../../styles';
import { knownPlaceholders, type TemplateRefusal } from './refusal';
import { titleOf, type ChosenTemplate } from './choice';

const useStyles = makeStyles({
  details: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    '& > summary': {
      cursor: 'pointer',
      fontWeight: tokens.fontWeightSemibold,
      ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
    },
  },
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, marginTop: tokens.spacingVerticalS },
  kind: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  name: { fontWeight: tokens.fontWeightSemibold, margin: 0, fontSize: tokens.fontSizeBase300 },
  note: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  known: { fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere', '& summary': { cursor: 'pointer' } },
});

export interface TemplateState {
  kind: DocumentKind;
  chosen: ChosenTemplate | null;
  stored: boolean;
  refused: TemplateRefusal | null;
  /** The default template was just saved (or, on Mac, could not be). */
  saved: boolean;
}

export interface TemplatesSectionProps {
  templates: TemplateState[];
  busy: boolean;
  /** What keeping or removing answered. */
  info: Text | null;
  onPick: (kind: DocumentKind, file: File) => void;
  onUnchoose: (kind: DocumentKind) => void;
  onRemoveStored: (kinds: DocumentKind[]) => void;
  onSaveDefault: (kind: DocumentKind) => void;
  onKeep: () => void;
}

function TemplateRow({
  t,
  busy,
  ...on
}: { t: TemplateState; busy: boolean } & Omit<TemplatesSectionProps, 'templates' | 'busy' | 'info' | 'onKeep'>) {
  const styles = { ...useSectionStyles(), ...useStyles() };
  const { lang, env } = usePane();
  const title = titleOf(t.kind)[lang];
  const using = t.chosen ? UI.minutes.using.chosen(t.chosen.name) : t.stored ? UI.minutes.using.stored : UI.minutes.using.default;
  const known = t.refused ? knownPlaceholders(t.refused) : null;
  const mac = env.delivery !== 'download';
  return (
    <section className={styles.kind} aria-labelledby={`template-${t.kind}`} data-testid={`minutes-template-${t.kind}`}>
      <h3 id={`template-${t.kind}`} className={styles.name}>
        {title}
      </h3>
      <Caption1 className={styles.note} data-testid={`minutes-origin-${t.kind}`}>
        {using[lang]}
      </Caption1>
      <FilePicker
        label={UI.minutes.pick[lang]}
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        disabled={busy}
        files={t.chosen ? [t.chosen] : []}
        onPick={(picked) => on.onPick(t.kind, picked[0])}
        testId={`minutes-pick-${t.kind}`}
      />
      {t.refused && (
        <Notice intent="error" testId={`minutes-refused-${t.kind}`} reveal={t.refused}>
          {t.refused.text[lang]}
          {known && (
            <details className={styles.known} data-testid={`minutes-known-${t.kind}`}>
              <summary>{UI.minutes.knownList[lang]}</summary>
              {known.join(', ')}
            </details>
          )}
        </Notice>
      )}
      <div className={styles.row}>
        <Button
          size="small"
          disabled={busy || mac}
          onClick={() => on.onSaveDefault(t.kind)}
          aria-describedby={mac ? `template-mac-${t.kind}` : undefined}
          data-testid={`minutes-default-${t.kind}`}
        >
          {UI.minutes.getDefault[lang]}
        </Button>
        {t.chosen && (
          <Button size="small" disabled={busy} onClick={() => on.onUnchoose(t.kind)} data-testid={`minutes-unchoose-${t.kind}`}>
            {UI.minutes.unchoose[lang]}
          </Button>
        )}
        {t.stored && (
          <Confirm
            size="small"
            label={UI.minutes.removeStored[lang]}
            question={UI.minutes.removeStoredQuestion(title)[lang]}
            disabled={busy}
            onConfirm={() => on.onRemoveStored([t.kind])}
            testId={`minutes-remove-${t.kind}`}
          />
        )}
      </div>
      {mac && (
        <Caption1 id={`template-mac-${t.kind}`} className={styles.note}>
          {UI.minutes.defaultOnMac[lang]}
        </Caption1>
      )}
      {t.saved && !mac && <DeliveryNote kind="template" testId={`minutes-default-note-${t.kind}`} />}
    </section>
  );
}

export function TemplatesSection(p: TemplatesSectionProps) {
  const styles = { ...useSectionStyles(), ...useStyles() };
  const { lang } = usePane();
  const own = p.templates.filter((t) => t.chosen || t.stored).length;
  const anyChosen = p.templates.some((t) => t.chosen);
  const anyStored = p.templates.some((t) => t.stored);
  return (
    <details className={styles.details} data-testid="minutes-templates">
      <summary data-testid="minutes-templates-toggle">
        {UI.minutes.templatesTitle[lang]}{' '}
        {own > 0 && (
          <Badge appearance="tint" size="small">
            {UI.minutes.ownCount(own)[lang]}
          </Badge>
        )}
      </summary>
      <div className={styles.body}>
        <Caption1>{UI.minutes.pickHelp[lang]}</Caption1>
        {p.templates.map((t) => (
          <TemplateRow
            key={t.kind}
            t={t}
            busy={p.busy}
            onPick={p.onPick}
            onUnchoose={p.onUnchoose}
            onRemoveStored={p.onRemoveStored}
            onSaveDefault={p.onSaveDefault}
          />
        ))}
        <Caption1>{UI.minutes.keepHelp[lang]}</Caption1>
        <div className={styles.row}>
          <Button disabled={p.busy || !anyChosen} onClick={p.onKeep} data-testid="minutes-keep">
            {UI.minutes.keep[lang]}
          </Button>
          {anyStored && (
            <Confirm
              label={UI.minutes.removeAll[lang]}
              question={UI.minutes.removeAllQuestion[lang]}
              disabled={p.busy}
              onConfirm={() => p.onRemoveStored(p.templates.map((t) => t.kind))}
              testId="minutes-remove-all"
            />
          )}
        </div>
        {p.info && (
          <Notice intent="success" testId="minutes-info" reveal={p.info}>
            {p.info[lang]}
          </Notice>
        )}
      </div>
    </details>
  );
}
