// An Excel failure, as the plain message errors.ts made of it.

import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Lang, Text } from '../../domain/model';

export function ErrorBar({ error, lang }: { error: Text | null; lang: Lang }) {
  if (!error) return null;
  return (
    <MessageBar intent="error" data-testid="error" layout="multiline">
      <MessageBarBody>{error[lang]}</MessageBarBody>
    </MessageBar>
  );
}
