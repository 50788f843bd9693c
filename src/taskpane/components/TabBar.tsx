// The tab list in one row at every pane width: tabs that do not fit go into an overflow menu ("⋯") at the end of the
// row (Fluent's Overflow); the selected tab always stays visible.

import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  tokens,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from '@fluentui/react-components';

export interface TabDef<T extends string> {
  id: T;
  label: string;
}

const useStyles = makeStyles({
  bar: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: `0 ${tokens.spacingHorizontalXS}`, minWidth: 0 },
  list: { flexWrap: 'nowrap', minWidth: 0, overflow: 'hidden' },
  tab: { flexShrink: 0, whiteSpace: 'nowrap' },
  more: { minWidth: 'auto', alignSelf: 'center', flexShrink: 0, padding: `0 ${tokens.spacingHorizontalS}` },
});

function HiddenTab<T extends string>({ tab, onSelect }: { tab: TabDef<T>; onSelect: (id: T) => void }) {
  const visible = useIsOverflowItemVisible(tab.id);
  if (visible) return null;
  return (
    <MenuItem onClick={() => onSelect(tab.id)} data-testid={`tab-menu-${tab.id}`}>
      {tab.label}
    </MenuItem>
  );
}

function MoreTabs<T extends string>({ tabs, label, onSelect }: { tabs: TabDef<T>[]; label: string; onSelect: (id: T) => void }) {
  const styles = useStyles();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu hasIcons={false}>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          appearance="transparent"
          className={styles.more}
          role="tab"
          aria-selected={false}
          aria-label={`${label} (${overflowCount})`}
          data-testid="tab-more"
        >
          ⋯
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {tabs.map((tab) => (
            <HiddenTab key={tab.id} tab={tab} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

export interface TabBarProps<T extends string> {
  tabs: TabDef<T>[];
  selected: T;
  onSelect: (id: T) => void;
  label: string;
  moreLabel: string;
}

export function TabBar<T extends string>({ tabs, selected, onSelect, label, moreLabel }: TabBarProps<T>) {
  const styles = useStyles();
  return (
    <div className={styles.bar}>
      <Overflow minimumVisible={1} padding={8}>
        <TabList
          className={styles.list}
          selectedValue={selected}
          onTabSelect={(_, d) => onSelect(d.value as T)}
          aria-label={label}
          size="small"
        >
          {tabs.map((tab) => (
            <OverflowItem key={tab.id} id={tab.id} priority={tab.id === selected ? 2 : 1}>
              <Tab
                value={tab.id}
                id={`tab-${tab.id}`}
                aria-controls={`panel-${tab.id}`}
                data-testid={`tab-${tab.id}`}
                className={styles.tab}
              >
                {tab.label}
              </Tab>
            </OverflowItem>
          ))}
          <MoreTabs tabs={tabs} label={moreLabel} onSelect={onSelect} />
        </TabList>
      </Overflow>
    </div>
  );
}
