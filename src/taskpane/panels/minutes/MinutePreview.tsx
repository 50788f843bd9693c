// A filled minute drawn as a small page: what its document.xml says (alignment, bold, italic, underline, sizes,
// tables with their borders and widths), scaled to the pane. A scrollable region reachable by keyboard.

import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { PreviewBlock, PreviewParagraph, PreviewTable } from '../../../minutes/preview';

/** A minute has a few hundred blocks; a user's template past this is cut in the preview (not in the file). */
const MAX_BLOCKS = 1500;
const BASE_PT = 14; // the minutes' body size when a run does not say
const SCALE = 0.75; // px per pt in the preview: a 14 pt line reads as 10.5 px in a ~350 px pane

const useStyles = makeStyles({
  page: {
    backgroundColor: '#ffffff',
    color: '#000000',
    fontFamily: '"Times New Roman", Times, "Liberation Serif", serif',
    fontSize: `${BASE_PT * SCALE}px`,
    lineHeight: 1.3,
    padding: '14px 12px 14px 16px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow4,
    maxHeight: '60vh',
    overflowY: 'auto',
    overflowWrap: 'anywhere',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  p: { margin: '0 0 2px 0', whiteSpace: 'pre-wrap', minHeight: '1em' },
  rule: { margin: '0 auto 4px auto', width: '35%', borderTop: '1px solid #000000', height: 0, minHeight: 0 },
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', margin: '2px 0 4px 0' },
  cell: { verticalAlign: 'top', padding: '1px 3px' },
  bordered: { border: '1px solid #000000' },
  cut: { fontStyle: 'italic', color: '#666666' },
});

function Paragraph({ p }: { p: PreviewParagraph }) {
  const styles = useStyles();
  const empty = p.runs.every((r) => !r.text.trim());
  if (p.ruleAbove && empty) return <div className={styles.rule} aria-hidden="true" />;
  return (
    <p
      className={styles.p}
      style={{
        textAlign: p.align,
        textIndent: p.firstLine ? '2em' : undefined,
        borderTop: p.ruleAbove ? '1px solid #000000' : undefined,
      }}
    >
      {p.runs.map((r, i) => (
        <span
          key={i}
          style={{
            fontWeight: r.bold ? 700 : undefined,
            fontStyle: r.italic ? 'italic' : undefined,
            textDecoration: r.underline ? 'underline' : undefined,
            fontSize: r.size && r.size !== BASE_PT ? `${r.size * SCALE}px` : undefined,
          }}
        >
          {r.text.replace(/\t/g, '    ')}
        </span>
      ))}
    </p>
  );
}

function Table({ t }: { t: PreviewTable }) {
  const styles = useStyles();
  const cell = mergeClasses(styles.cell, t.bordered && styles.bordered);
  return (
    <table className={mergeClasses(styles.table, t.bordered && styles.bordered)}>
      {t.widths.length > 0 && (
        <colgroup>
          {t.widths.map((w, i) => (
            <col key={i} style={{ width: `${w}%` }} />
          ))}
        </colgroup>
      )}
      <tbody>
        {t.rows.map((row, r) => (
          <tr key={r}>
            {row.map((c, k) => (
              <td key={k} colSpan={c.colSpan > 1 ? c.colSpan : undefined} className={cell}>
                <Blocks list={c.blocks} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Blocks({ list }: { list: PreviewBlock[] }) {
  return <>{list.map((b, i) => (b.kind === 'p' ? <Paragraph key={i} p={b} /> : <Table key={i} t={b} />))}</>;
}

export function MinutePreview({ blocks, label, cutNote }: { blocks: PreviewBlock[]; label: string; cutNote: string }) {
  const styles = useStyles();
  return (
    <div className={styles.page} role="document" tabIndex={0} aria-label={label} data-testid="minute-preview">
      <Blocks list={blocks.slice(0, MAX_BLOCKS)} />
      {blocks.length > MAX_BLOCKS && <p className={mergeClasses(styles.p, styles.cut)}>{cutNote}</p>}
    </div>
  );
}
