// What every tab says about the open workbook the same way: that it has no bloc sheets yet (and the way to Lập sổ),
// that what the tab shows was read before the workbook last changed (and the button that reads it again), and the
// offer to add a sheet of the bloc's that the workbook lacks, where the pane asks the user to write in it.

import { Button } from '@fluentui/react-components';
import type { Text } from '../../domain/model';
import { addSheets, readWorkbook, selectCell } from '../../excel/actions';
import { BxtdError } from '../../domain/errors';
import { planMissingSheets, sheetName, type BlocSheetKey } from '../../workbook/new-bloc';
import { useAction } from '../hooks/useAction';
import { UI } from '../i18n';
import { usePane } from '../pane';
import { ActionStatus, Notice } from './Notice';

/** The workbook has none of the bloc's sheets: say so, and offer Lập sổ (every tab, as Kiểm tra does). */
export function NoBloc() {
  const { lang, goTo } = usePane();
  return (
    <Notice
      intent="warning"
      testId="no-bloc"
      actions={
        <Button size="small" onClick={() => goTo('new')} data-testid="no-bloc-new">
          {UI.check.openNew[lang]}
        </Button>
      }
    >
      {UI.check.noBlocSheets[lang]}
    </Notice>
  );
}

/** What the tab shows was read before the workbook changed: say so at once, and offer to run it again. */
export function Stale({ stale, again, busy, onRun }: { stale: boolean; again: Text; busy: boolean; onRun: () => void }) {
  const { lang } = usePane();
  if (!stale) return null;
  return (
    <Notice
      intent="warning"
      testId="stale-notice"
      actions={
        <Button size="small" appearance="primary" disabled={busy} onClick={onRun} data-testid="stale-run">
          {again[lang]}
        </Button>
      }
    >
      {UI.common.stale[lang]}
    </Notice>
  );
}

/**
 * "Thêm trang «Phiếu bầu»": adds a sheet of the bloc the workbook lacks (new-bloc.ts fills it with the bloc's units),
 * then selects its first cell to fill in. Shown beside a sentence that asks the user to write in that sheet.
 */
export function AddSheet({ sheet, testId = `add-sheet-${sheet}` }: { sheet: BlocSheetKey; testId?: string }) {
  const { host, lang, changed } = usePane();
  const name = sheetName(sheet);
  const add = useAction(
    async () => {
      const { sheets } = await readWorkbook(host);
      const plan = planMissingSheets(sheets, [sheet]);
      if ('refused' in plan) throw new BxtdError('pane.sheetExists', plan.refused, { sheet: name });
      const added = await addSheets(host, plan.sheets);
      changed();
      await selectCell(host, added[0], 'A1');
      return added[0];
    },
    { progress: UI.sheets.adding(name), announce: (added) => UI.sheets.added(added) },
  );
  return (
    <>
      {!add.data && (
        <Button size="small" disabled={add.busy} onClick={() => void add.run()} data-testid={testId}>
          {UI.sheets.add(name)[lang]}
        </Button>
      )}
      <ActionStatus actions={[add]} testId={`${testId}-error`} />
      {add.data && (
        <span role="status" data-testid={`${testId}-done`}>
          {UI.sheets.added(add.data)[lang]}
        </span>
      )}
    </>
  );
}
