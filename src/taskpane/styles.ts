// The layout every tab shares, in one place: a panel (a column of parts with even gaps), its intro and its row of
// actions; a titled section within it (components/Section.tsx) with its rows, lists of files and file names; and what
// is read by screen readers but not shown.

import { makeStyles, tokens } from '@fluentui/react-components';

export const usePanelStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  intro: { margin: 0 },
  actions: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    flexWrap: 'wrap',
    alignItems: 'center',
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export const useSectionStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, flexWrap: 'wrap', alignItems: 'center' },
  // Lists of files made or picked.
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  fileName: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
    color: tokens.colorNeutralForeground2,
  },
  link: { overflowWrap: 'anywhere', textAlign: 'left' },
});

/** Read by screen readers, not shown (the live region, the page's heading, what a download is for). */
export const useHiddenStyles = makeStyles({
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});
