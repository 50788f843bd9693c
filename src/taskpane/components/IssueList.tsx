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
    gap: '8px',
    alignItems: 'flex-start',
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
  where: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
  text: { flexGrow: 1 },
});

export interface IssueListProps {
  issues: Issue[];
  lang: Lang;
  onSelect: (issue: Issue) => void;
}

export function IssueList({ issues, lang, onSelect }: IssueListProps) {
  const styles = useStyles();
  const [shown, setShown] = React.useState(PAGE);
  const sorted = React.useMemo(() => [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1)), [issues]);
  return (
    <>
      <ul className={styles.list} aria-label={UI.issueListLabel[lang]} data-testid="issues">
        {sorted.slice(0, shown).map((issue, i) => (
          <li key={i}>
            <button
              type="button"
              className={styles.item}
              data-severity={issue.severity}
              onClick={() => onSelect(issue)}
              title={issue.cell ? `${UI.goToCell[lang]} ${issue.sheet}!${issue.cell}` : issue.sheet}
            >
              <Badge appearance="filled" color={issue.severity === 'error' ? 'danger' : 'warning'} size="small">
                {issue.severity === 'error' ? UI.error[lang] : UI.warning[lang]}
              </Badge>
              <span className={styles.text}>{issue.message[lang]}</span>
              <span className={styles.where}>
                {issue.sheet}
                {issue.cell ? `!${issue.cell}` : ''}
              </span>
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
