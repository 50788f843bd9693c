// What the task pane needs to know about the Office it runs in, read in one place: the platform (for how files reach
// the user), Office's display language (the pane's default language), the Office theme and its changes, and opening
// a file as a new workbook. The add-in passes the real `Office` global; the harness and tests pass the double
// (src/excel-double/office.ts), which has the same shape, so this adapter is what both run.

import type { Lang } from '../domain/model';

export type Platform = 'windows' | 'mac' | 'web' | 'ios' | 'android' | 'unknown';

/**
 * How files made by the pane reach the user:
 * - 'download': an `<a download>` link saves them (Windows' WebView2, browsers for Excel on the web);
 * - 'open': the webview ignores downloads (Excel for Mac and iPad, WKWebView): a workbook is opened in Excel with
 *   Excel.createWorkbook, and other files cannot be saved from the pane.
 */
export type Delivery = 'download' | 'open';

export interface PaneEnv {
  platform: Platform;
  delivery: Delivery;
  /** The pane's default language: Vietnamese when Office is in Vietnamese, English otherwise. */
  lang: Lang;
  /** Whether Office's theme is dark now. */
  dark(): boolean;
  /** Calls `listener` when Office's theme may have changed (event where the host reports it, else on focus). */
  onThemeChange(listener: (dark: boolean) => void): () => void;
  /** Excel.createWorkbook (ExcelApi 1.8), or null where it is not available. */
  openWorkbook: ((base64: string) => Promise<void>) | null;
}

/** The subset of the `Office` global read here (the real one or the double). */
export interface OfficeLike {
  context?: {
    platform?: unknown;
    displayLanguage?: string;
    officeTheme?: { bodyBackgroundColor?: string; isDarkTheme?: boolean } | null;
    requirements?: { isSetSupported(name: string, version?: string): boolean };
    document?: {
      addHandlerAsync?(type: never, handler: never, callback?: never): void;
      removeHandlerAsync?(type: never, options?: never, callback?: never): void;
    } | null;
  };
  EventType?: { OfficeThemeChanged?: unknown };
}

const PLATFORMS: Record<string, Platform> = {
  PC: 'windows',
  Mac: 'mac',
  OfficeOnline: 'web',
  iOS: 'ios',
  Android: 'android',
  Universal: 'windows',
};

function platformOf(office: OfficeLike | undefined): Platform {
  const p = office?.context?.platform;
  return (typeof p === 'string' && PLATFORMS[p]) || 'unknown';
}

/** vi, vi-VN -> Vietnamese; every other display language -> English (the pane's only other language). */
export function langOf(displayLanguage: string | undefined): Lang {
  return /^vi\b/i.test(displayLanguage ?? 'vi') ? 'vi' : 'en';
}

/** Relative luminance of "#RRGGBB" (0 black .. 1 white); null for anything else. */
function luminance(hex: string | undefined | null): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function isDark(office: OfficeLike | undefined): boolean {
  try {
    const theme = office?.context?.officeTheme;
    if (typeof theme?.isDarkTheme === 'boolean') return theme.isDarkTheme;
    const l = luminance(theme?.bodyBackgroundColor);
    return l !== null && l < 0.3;
  } catch {
    return false; // officeTheme throws outside Office
  }
}

type AnyFn = (...args: unknown[]) => void;

/** The pane's environment over an `Office` global (real or double) and `Excel.createWorkbook`. */
export function paneEnv(
  office: OfficeLike | undefined,
  createWorkbook?: (base64: string) => Promise<void>,
  win: Pick<Window, 'addEventListener' | 'removeEventListener'> | undefined = typeof window === 'undefined' ? undefined : window,
): PaneEnv {
  const platform = platformOf(office);
  const canOpen = !!createWorkbook && office?.context?.requirements?.isSetSupported('ExcelApi', '1.8') === true;
  return {
    platform,
    delivery: platform === 'mac' || platform === 'ios' ? 'open' : 'download',
    lang: langOf(office?.context?.displayLanguage),
    dark: () => isDark(office),
    onThemeChange(listener) {
      let last = isDark(office);
      const check = () => {
        const now = isDark(office);
        if (now !== last) {
          last = now;
          listener(now);
        }
      };
      // Office raises OfficeThemeChanged only on some hosts; elsewhere the theme is read again whenever the pane
      // comes back into focus (the user changes the theme in Excel's own settings, outside the pane).
      const doc = office?.context?.document;
      const type = office?.EventType?.OfficeThemeChanged ?? 'officeThemeChanged';
      let registered = false;
      try {
        (doc?.addHandlerAsync as AnyFn | undefined)?.call(doc, type, check, (r: { status?: string }) => {
          registered = r?.status === 'succeeded';
        });
      } catch {
        registered = false; // an event type this host does not know
      }
      const onVisible = () => check();
      win?.addEventListener('focus', onVisible);
      win?.addEventListener('visibilitychange', onVisible);
      return () => {
        win?.removeEventListener('focus', onVisible);
        win?.removeEventListener('visibilitychange', onVisible);
        if (registered) {
          try {
            (doc?.removeHandlerAsync as AnyFn | undefined)?.call(doc, type, { handler: check });
          } catch {
            // the pane is going away
          }
        }
      };
    },
    openWorkbook: canOpen ? (base64) => createWorkbook!(base64) : null,
  };
}
