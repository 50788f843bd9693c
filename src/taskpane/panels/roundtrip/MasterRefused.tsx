// Why the round trip cannot start from the open workbook: none of the bloc's sheets (Lập sổ comes first), its errors
// by cell, or that it could not be read.

import { IssueList } from '../../components/IssueList';
import { Notice } from '../../components/Notice';
import { NoBloc } from '../../components/Workbook';
import { UI } from '../../i18n';
import { usePane } from '../../pane';
import type { Blocked } from './state';

export function MasterRefused({ blocked }: { blocked: Blocked }) {
  const { lang } = usePane();
  if (blocked.blank) return <NoBloc />;
  return (
    <>
      <Notice intent="error" testId="roundtrip-errors" reveal={blocked}>
        {(blocked.issues.length ? UI.roundtrip.masterErrors : UI.roundtrip.masterUnreadable)[lang]}
      </Notice>
      {blocked.issues.length > 0 && <IssueList issues={blocked.issues} />}
    </>
  );
}
