// Errors and warnings as a list; each item is a button that selects its cell in Excel (Enter or Space work, focus
// is visible). Errors first, then warnings, in sheet order.

import * as React from 'react';
import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Issue, Lang } from '../../domain/model';
import { UI } from '../i18n';

const PAGE = 150;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    alignItems: 'stretch',
    width: '100%',
    textAlign: 'left',
    padding: '6px 8px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  // Badge and location on one line, the message under them: a 350 px pane has no room for three columns.
  head: { display: 'flex', alignItems: 'center', gap: '8px' },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
  where: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  text: {},
});

export interface IssueListProps {
  issues: Issue[];
  lang: Lang;
  onSelect: (issue: Issue) => void;
}

const where = (issue: Issue) => `${issue.sheet}${issue.cell ? `!${issue.cell}` : ''}`;

export function IssueList({ issues, lang, onSelect }: IssueListProps) {
  const styles = useStyles();
  const [shown, setShown] = React.useState(PAGE);
  const sorted = React.useMemo(
    () => [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1)),
    [issues],
  );
  return (
    <>
      <ul className={styles.list} aria-label={UI.issueListLabel[lang]} data-testid="issues">
        {sorted.slice(0, shown).map((issue, i) => (
          <li key={i}>
            <button
              type="button"
              className={styles.item}
              data-severity={issue.severity}
              data-where={where(issue)}
              onClick={() => onSelect(issue)}
              title={issue.cell ? `${UI.goToCell[lang]} ${where(issue)}` : issue.sheet}
            >
              <span className={styles.head}>
                <Badge appearance="filled" color={issue.severity === 'error' ? 'danger' : 'warning'} size="small" className={styles.badge}>
                  {issue.severity === 'error' ? UI.error[lang] : UI.warning[lang]}
                </Badge>
                <span className={styles.where}>{where(issue)}</span>
              </span>
              <span className={styles.text}>{issue.message[lang]}</span>
            </button>
          </li>
        ))}
      </ul>
      {sorted.length > shown && (
        <Button appearance="subtle" onClick={() => setShown((n) => n + PAGE)}>
          {lang === 'vi' ? `Xem thêm (${sorted.length - shown})` : `Show more (${sorted.length - shown})`}
        </Button>
      )}
    </>
  );
}
