// The tab bar, as Excel's own panes draw theirs (Format Cells, Format Shape): every tab in one row at every width,
// each an icon over a short label (a label wraps to a second line rather than being cut or hidden). The tabs share
// the row equally, so choosing one moves nothing: no tab is ever put into a menu, none changes its place or its width
// (Fluent reserves the width of the bold label of the selected tab). Arrow keys move along the tabs (Fluent's
// TabList); each tab controls its panel.

import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import type { FluentIcon } from '@fluentui/react-icons';

export interface TabDef<T extends string> {
  id: T;
  label: string;
  icon: FluentIcon;
}

const useStyles = makeStyles({
  bar: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: `0 ${tokens.spacingHorizontalXXS}`, minWidth: 0 },
  list: { display: 'flex', flexWrap: 'nowrap', minWidth: 0, width: '100%' },
  tab: {
    flexGrow: 1,
    flexShrink: 1,
    flexBasis: 0,
    minWidth: 0,
    // Icon above label, both centred: Fluent lays a tab out as a grid with the icon in the first column and the label
    // (and the hidden bold copy that reserves its width) in the second; here they go in rows of one column instead.
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gridTemplateRows: 'auto auto',
    justifyItems: 'center',
    alignContent: 'start',
    alignItems: 'start',
    rowGap: tokens.spacingVerticalXXS,
    gridAutoFlow: 'row',
    '& .fui-Tab__icon': { gridColumnStart: 1, gridRowStart: 1 },
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    // The label, and its hidden bold copy that reserves the width it takes when selected: the same size, the same
    // lines, so that choosing a tab changes neither its width nor its height.
    '& .fui-Tab__content, & .fui-Tab__content--reserved-space': {
      gridColumnStart: 1,
      gridRowStart: 2,
      fontSize: tokens.fontSizeBase200,
      lineHeight: tokens.lineHeightBase200,
      textAlign: 'center',
      whiteSpace: 'normal',
      overflowWrap: 'normal',
      wordBreak: 'normal',
      maxWidth: '100%',
    },
  },
});

export interface TabBarProps<T extends string> {
  tabs: readonly TabDef<T>[];
  selected: T;
  onSelect: (id: T) => void;
  label: string;
}

export function TabBar<T extends string>({ tabs, selected, onSelect, label }: TabBarProps<T>) {
  const styles = useStyles();
  return (
    <div className={styles.bar}>
      <TabList
        className={styles.list}
        selectedValue={selected}
        onTabSelect={(_, d) => onSelect(d.value as T)}
        aria-label={label}
        size="small"
      >
        {tabs.map((tab) => (
          <Tab
            key={tab.id}
            value={tab.id}
            icon={<tab.icon aria-hidden />}
            id={`tab-${tab.id}`}
            aria-controls={`panel-${tab.id}`}
            data-testid={`tab-${tab.id}`}
            className={styles.tab}
          >
            {tab.label}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}
