// The pane follows Office's theme: dark Office themes get Fluent's dark theme.

/** Relative luminance of "#RRGGBB" (0 black .. 1 white); null for anything else. */
export function luminance(hex: string | undefined | null): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** True when Office's task-pane background is dark (Office.context.officeTheme, where the host offers it). */
export function officeIsDark(): boolean {
  try {
    const bg = typeof Office !== 'undefined' ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
    const l = luminance(bg);
    return l !== null && l < 0.3;
  } catch {
    return false;
  }
}
