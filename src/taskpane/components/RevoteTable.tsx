// The button that adds the revote table to `Phiếu bầu` when the flag waits for a revote among tied units: the table
// is planned by src/workbook/revote-table.ts (only empty cells are written), then its first cell is selected. Without
// a `Phiếu bầu` sheet the outcome offers that sheet instead (Outcome.tsx).

import { Button } from '@fluentui/react-components';
import type { Bloc, BlocResult } from '../../domain/model';
import { applyWritePlan, readWorkbook, selectCell } from '../../excel/actions';
import { cellAddress, type SheetGrid } from '../../workbook/grid';
import { evaluate } from '../../workbook/evaluate';
import { blocSheetsIn } from '../../workbook/new-bloc';
import { planRevoteTable, revoteUnits } from '../../workbook/revote-table';
import { BxtdError } from '../../domain/errors';
import { useAction } from '../hooks/useAction';
import { UI } from '../i18n';
import { usePane } from '../pane';
import { ActionStatus, Notice } from './Notice';

export function RevoteTable({ bloc, result, sheets }: { bloc: Bloc; result: BlocResult; sheets: readonly SheetGrid[] }) {
  const { host, lang } = usePane();
  const add = useAction(
    async () => {
      // Planned from the workbook as it is now (it may have changed since Score ran).
      const { sheets } = await readWorkbook(host);
      const now = evaluate(sheets);
      const table = planRevoteTable(sheets, now.bloc ?? bloc, now.result ?? result);
      if ('refused' in table) throw new BxtdError('pane.refused', table.refused);
      await applyWritePlan(host, table.plan);
      await selectCell(host, table.sheet, cellAddress(table.row, table.col));
      return table;
    },
    { progress: UI.score.revoteProgress, announce: (t) => UI.score.revoteAdded(t.sheet, t.row + 1) },
  );
  const hasBallotSheet = blocSheetsIn(sheets.map((s) => s.name)).ballot !== undefined;
  if (!revoteUnits(result).length || bloc.ballot?.revote || !hasBallotSheet) return null;
  return (
    <div data-testid="revote">
      <p>{UI.score.revoteHint[lang]}</p>
      <Button onClick={() => void add.run()} disabled={add.busy || !!add.data} data-testid="revote-button">
        {UI.score.revoteButton[lang]}
      </Button>
      <ActionStatus actions={[add]} testId="revote-error" />
      {add.data && (
        <Notice intent="success" testId="revote-added">
          {UI.score.revoteAdded(add.data.sheet, add.data.row + 1)[lang]}
        </Notice>
      )}
    </div>
  );
}
