// A message that answers a button press far down the pane is brought into view: the pane is narrow and scrolls, and a
// confirmation or refusal rendered out of sight reads as nothing happening.

import * as React from 'react';

/** A ref for an element that scrolls (as little as needed) into view whenever `shown` changes to something. */
export function useRevealed<T extends HTMLElement>(shown: unknown): React.RefObject<T | null> {
  const ref = React.useRef<T | null>(null);
  React.useEffect(() => {
    if (shown && typeof ref.current?.scrollIntoView === 'function') ref.current.scrollIntoView({ block: 'nearest' });
  }, [shown]);
  return ref;
}
