// A file picker in the pane's language and theme: a Fluent button that opens the system file dialog, and the names of
// the files chosen (instead of the browser's own "Choose Files / No file chosen"). The native input stays in the page,
// hidden, for the dialog (and for tests, which set its files).

import * as React from 'react';
import { Button, Caption1, Label, makeStyles, tokens, useId } from '@fluentui/react-components';
import { UI } from '../i18n';
import { usePane } from '../pane';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  row: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap', minWidth: 0 },
  names: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
    color: tokens.colorNeutralForeground2,
  },
  none: { color: tokens.colorNeutralForeground3 },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface FilePickerProps {
  label: string;
  hint?: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  /** The files chosen so far (the picker shows their names). */
  files: readonly { name: string }[];
  onPick: (files: File[]) => void;
  testId: string;
}

export function FilePicker({ label, hint, accept, multiple, disabled, files, onPick, testId }: FilePickerProps) {
  const styles = useStyles();
  const { lang } = usePane();
  const input = React.useRef<HTMLInputElement | null>(null);
  const labelId = useId('pick-label');
  const buttonId = useId('pick-button');
  const namesId = useId('pick-names');
  const hintId = useId('pick-hint');
  return (
    <div className={styles.root} data-testid={`${testId}-field`}>
      <Label id={labelId} htmlFor={buttonId}>
        {label}
      </Label>
      <div className={styles.row}>
        <Button
          id={buttonId}
          disabled={disabled}
          onClick={() => input.current?.click()}
          aria-labelledby={`${labelId} ${buttonId}`}
          aria-describedby={[namesId, hint ? hintId : ''].filter(Boolean).join(' ')}
          data-testid={`${testId}-button`}
        >
          {multiple ? UI.common.chooseFiles[lang] : UI.common.chooseFile[lang]}
        </Button>
        {files.length === 0 && (
          <Caption1 id={namesId} className={styles.none}>
            {UI.common.noFileChosen[lang]}
          </Caption1>
        )}
        {files.length > 1 && <Caption1>{UI.common.filesChosen(files.length)[lang]}</Caption1>}
      </div>
      {files.length > 0 && (
        <ul id={namesId} className={styles.names} data-testid={`${testId}-names`}>
          {files.map((f, i) => (
            <li key={`${i}-${f.name}`}>{f.name}</li>
          ))}
        </ul>
      )}
      {hint && (
        <Caption1 id={hintId} className={styles.hint}>
          {hint}
        </Caption1>
      )}
      <input
        ref={input}
        type="file"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        data-testid={testId}
        onChange={(e) => {
          const picked = Array.from(e.target.files ?? []);
          e.target.value = ''; // choosing the same file again, after editing it, is a new choice
          if (picked.length) onPick(picked);
        }}
      />
    </div>
  );
}
