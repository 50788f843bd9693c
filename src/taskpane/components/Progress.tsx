// A progress line while Excel works: a spinner with a live label for screen readers.

import { Spinner } from '@fluentui/react-components';

export function Progress({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" data-testid="progress">
      <Spinner size="tiny" labelPosition="after" label={label} />
    </div>
  );
}
