// Located messages (errors and warnings of the reader, refused cells of a returned file, conflicting cells) as a list;
// each item with a cell is a button that selects that cell in Excel (Enter or Space work, focus is visible). Errors
// first, then warnings, in the order given.

import * as React from 'react';
import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Issue, Text } from '../../domain/model';

/** A message about a place in the workbook: a reader issue, or e.g. a conflicting cell of a returned file. */
export interface Located {
  severity: Issue['severity'] | 'info';
  sheet: string;
  cell: string | null;
  message: Text;
  /** The badge's word when not "Lỗi"/"Cảnh báo". */
  badge?: Text;
  data?: Record<`data-${string}`, string>;
}
import { selectCell } from '../../excel/actions';
import { describeFailure } from '../hooks/useAction';
import { UI } from '../i18n';
import { usePane } from '../pane';
import { Notice } from './Notice';

const PAGE = 150;

/** Sheets the user never sees (the add-in's very hidden ones): their issues are shown without a place to go. */
const isInternal = (sheet: string) => sheet.startsWith('_');

const where = (sheet: string, cell: string | null) => `${sheet}${cell ? `!${cell}` : ''}`;

/** Selecting a cell in Excel, with the failure (a sheet deleted since, a cell being edited) as a plain message. */
function useSelectCell(): { select: (sheet: string, cell: string | null) => void; error: Text | null } {
  const { host, announce } = usePane();
  const [error, setError] = React.useState<Text | null>(null);
  const select = React.useCallback(
    (sheet: string, cell: string | null) => {
      setError(null);
      selectCell(host, sheet, cell).catch((e: unknown) => {
        const text = describeFailure(e);
        setError(text);
        announce(text);
      });
    },
    [host, announce],
  );
  return { select, error };
}

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    alignItems: 'stretch',
    width: '100%',
    boxSizing: 'border-box',
    textAlign: 'left',
    padding: '6px 8px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: 'anywhere',
  },
  button: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  // Badge and place on one line, the message under them: a 320 px pane has no room for three columns.
  head: { display: 'flex', alignItems: 'center', gap: '8px', flexWrap: 'wrap' },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
  where: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

export interface IssueListProps {
  issues: readonly Located[];
  testId?: string;
  /** data-testid of each item (the button or box). */
  itemTestId?: string;
  /** The list's accessible name (default: errors and warnings). */
  label?: string;
  /** Keep the given order (default: errors first). */
  keepOrder?: boolean;
}

const BADGE_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;
const RANK = { error: 0, warning: 1, info: 2 } as const;

export function IssueList({ issues, testId = 'issues', itemTestId, label, keepOrder }: IssueListProps) {
  const styles = useStyles();
  const { lang } = usePane();
  const { select, error } = useSelectCell();
  const [shown, setShown] = React.useState(PAGE);
  const sorted = React.useMemo(
    () => (keepOrder ? [...issues] : [...issues].sort((a, b) => RANK[a.severity] - RANK[b.severity])),
    [issues, keepOrder],
  );
  return (
    <>
      <ul className={styles.list} aria-label={label ?? UI.common.issueList[lang]} data-testid={testId}>
        {sorted.slice(0, shown).map((issue, i) => {
          const internal = isInternal(issue.sheet);
          const place = internal ? null : where(issue.sheet, issue.cell);
          const content = (
            <>
              <span className={styles.head}>
                <Badge appearance="filled" color={BADGE_COLOR[issue.severity]} size="small" className={styles.badge}>
                  {(issue.badge ?? (issue.severity === 'error' ? UI.common.error : UI.common.warning))[lang]}
                </Badge>
                {place && <span className={styles.where}>{place}</span>}
              </span>
              <span>{issue.message[lang]}</span>
            </>
          );
          return (
            <li key={i}>
              {internal ? (
                <div className={styles.item} data-severity={issue.severity} data-testid={itemTestId} {...issue.data}>
                  {content}
                </div>
              ) : (
                <button
                  type="button"
                  className={`${styles.item} ${styles.button}`}
                  data-severity={issue.severity}
                  data-where={place}
                  data-testid={itemTestId}
                  {...issue.data}
                  onClick={() => select(issue.sheet, issue.cell)}
                  title={`${UI.common.goToCell[lang]} ${place}`}
                >
                  {content}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {sorted.length > shown && (
        <Button appearance="subtle" onClick={() => setShown((n) => n + PAGE)}>
          {UI.common.showMore(sorted.length - shown)[lang]}
        </Button>
      )}
      {error && (
        <Notice intent="error" testId="select-error">
          {error[lang]}
        </Notice>
      )}
    </>
  );
}
