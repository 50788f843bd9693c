// A filled document shown as reflowed text that reads at any pane width: paragraphs at the pane's body size (headings
// a little larger), bold, italic and underline kept, alignment kept only where it carries meaning (centred titles);
// a table's rows become blocks, each cell on its own line — labelled by its column's heading when the table has a
// heading row — instead of columns squeezed to a few letters. The page itself (A4, Times New Roman) is the
// downloaded file; this is for reading it through. A scrollable region reachable by keyboard.

import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
// Types only: the preview module reads .docx packages and comes with the first action, not with the pane.
import type { PreviewBlock, PreviewParagraph, PreviewTable } from '../../../minutes/preview';

/** A minute has a few hundred blocks; a user's template past this is cut in the preview (not in the file). */
const MAX_BLOCKS = 1500;
const BODY_PT = 14; // the documents' body size when a run does not say

const useStyles = makeStyles({
  page: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    maxHeight: '70vh',
    overflowY: 'auto',
    overflowWrap: 'break-word',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  p: { margin: `0 0 ${tokens.spacingVerticalXS} 0`, whiteSpace: 'pre-wrap', minHeight: '1em' },
  rule: { margin: `0 auto ${tokens.spacingVerticalXS} auto`, width: '30%', borderTop: `1px solid ${tokens.colorNeutralStroke1}` },
  table: { margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalS} 0`, display: 'flex', flexDirection: 'column', rowGap: '6px' },
  row: { display: 'flex', flexDirection: 'column', rowGap: '2px' },
  bordered: { borderLeft: `3px solid ${tokens.colorNeutralStroke1}`, paddingLeft: tokens.spacingHorizontalS },
  heading: { fontWeight: tokens.fontWeightSemibold },
  label: { color: tokens.colorNeutralForeground3 },
  cut: { fontStyle: 'italic', color: tokens.colorNeutralForeground3 },
});

/** A cell's text on one line (its paragraphs joined). */
function textOf(list: PreviewBlock[]): string {
  return list
    .map((b) =>
      b.kind === 'p' ? b.runs.map((r) => r.text).join('') : b.rows.map((row) => row.map((c) => textOf(c.blocks)).join(' ')).join(' '),
    )
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A run's size relative to the body, within bounds that keep every line readable and no heading shouting. */
function relativeSize(pt: number | undefined): string | undefined {
  if (!pt || pt === BODY_PT) return undefined;
  return `${Math.min(1.25, Math.max(0.9, pt / BODY_PT))}em`;
}

function Paragraph({ p }: { p: PreviewParagraph }) {
  const styles = useStyles();
  const empty = p.runs.every((r) => !r.text.trim());
  if (p.ruleAbove && empty) return <div className={styles.rule} aria-hidden="true" />;
  if (empty) return null; // the page's spacing lines
  return (
    <p className={styles.p} style={{ textAlign: p.align === 'center' ? 'center' : undefined }}>
      {p.runs.map((r, i) => (
        <span
          key={i}
          style={{
            fontWeight: r.bold ? 600 : undefined,
            fontStyle: r.italic ? 'italic' : undefined,
            textDecoration: r.underline ? 'underline' : undefined,
            fontSize: relativeSize(r.size),
          }}
        >
          {r.text.replace(/\t+/g, ' ')}
        </span>
      ))}
    </p>
  );
}

/** The column headings of a bordered table whose first row is one plain cell per column; null otherwise. */
function headings(t: PreviewTable): string[] | null {
  if (!t.bordered || t.rows.length < 2) return null;
  const width = t.rows[0].length;
  const plain = t.rows.every((row) => row.length === width && row.every((c) => c.colSpan === 1));
  if (!plain || width < 2) return null;
  const labels = t.rows[0].map((c) => textOf(c.blocks));
  return labels.every((l) => l.length > 0 && l.length <= 40) ? labels : null;
}

function Table({ t }: { t: PreviewTable }) {
  const styles = useStyles();
  const labels = headings(t);
  const rows = labels ? t.rows.slice(1) : t.rows;
  return (
    <div className={styles.table}>
      {rows.map((row, r) => (
        <div key={r} className={mergeClasses(styles.row, t.bordered && styles.bordered)}>
          {row.map((c, k) => {
            const text = textOf(c.blocks);
            if (!text) return null;
            if (labels) {
              return (
                <div key={k}>
                  <span className={styles.label}>{labels[k]}: </span>
                  {text}
                </div>
              );
            }
            return (
              <div key={k}>
                <Blocks list={c.blocks} />
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}

function Blocks({ list }: { list: PreviewBlock[] }) {
  return <>{list.map((b, i) => (b.kind === 'p' ? <Paragraph key={i} p={b} /> : <Table key={i} t={b} />))}</>;
}

export function MinutePreview({ blocks, label, cutNote, id }: { blocks: PreviewBlock[]; label: string; cutNote: string; id?: string }) {
  const styles = useStyles();
  return (
    <div id={id} className={styles.page} role="document" tabIndex={0} aria-label={label} data-testid="minute-preview">
      <Blocks list={blocks.slice(0, MAX_BLOCKS)} />
      {blocks.length > MAX_BLOCKS && <p className={mergeClasses(styles.p, styles.cut)}>{cutNote}</p>}
    </div>
  );
}
