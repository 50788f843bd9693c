// A destructive action asked twice: its button opens an inline question (what will be lost, in one sentence) with
// the action and "Hủy"; only the second button acts. Focus moves to the question, and back to the button on Hủy.

import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { UI } from '../i18n';
import { usePane } from '../pane';
import { Notice } from './Notice';

export interface ConfirmProps {
  /** The first button's label ("Xóa mọi mẫu lưu trong sổ"), also the confirming button's. */
  label: string;
  /** What will happen, asked as a question. */
  question: string;
  disabled?: boolean;
  onConfirm: () => void;
  testId: string;
  size?: 'small' | 'medium';
}

export function Confirm({ label, question, disabled, onConfirm, testId, size }: ConfirmProps) {
  const { lang } = usePane();
  const [asking, setAsking] = React.useState(false);
  const yes = React.useRef<HTMLButtonElement | null>(null);
  const first = React.useRef<HTMLButtonElement | null>(null);
  const back = React.useRef(false);
  React.useEffect(() => {
    if (asking) yes.current?.focus();
    else if (back.current) first.current?.focus();
    back.current = false;
  }, [asking]);
  if (!asking) {
    return (
      <Button ref={first} size={size} disabled={disabled} onClick={() => setAsking(true)} data-testid={testId}>
        {label}
      </Button>
    );
  }
  return (
    <Notice
      intent="warning"
      testId={`${testId}-question`}
      actions={
        <>
          <Button
            ref={yes}
            size="small"
            appearance="primary"
            disabled={disabled}
            onClick={() => {
              setAsking(false);
              onConfirm();
            }}
            data-testid={`${testId}-confirm`}
          >
            {label}
          </Button>
          <Button
            size="small"
            onClick={() => {
              back.current = true;
              setAsking(false);
            }}
            data-testid={`${testId}-cancel`}
          >
            {UI.common.cancel[lang]}
          </Button>
        </>
      }
    >
      {question}
    </Notice>
  );
}
