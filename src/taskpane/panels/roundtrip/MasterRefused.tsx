// Why the round trip cannot start from the open workbook (its errors by cell, or that it could not be read).

import type { Issue } from '../../../domain/model';
import { IssueList } from '../../components/IssueList';
import { Notice } from '../../components/Notice';
import { UI } from '../../i18n';
import { usePane } from '../../pane';

export function MasterRefused({ blocked }: { blocked: { issues: Issue[] } }) {
  const { lang } = usePane();
  return (
    <>
      <Notice intent="error" testId="roundtrip-errors" reveal={blocked}>
        {(blocked.issues.length ? UI.roundtrip.masterErrors : UI.roundtrip.masterUnreadable)[lang]}
      </Notice>
      {blocked.issues.length > 0 && <IssueList issues={blocked.issues} />}
    </>
  );
}
