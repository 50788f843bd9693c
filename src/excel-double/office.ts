// The parts of the `Office` global (and `Excel.createWorkbook`) the task pane reads about its host, as a double:
// the platform (Windows, Mac, the web), Office's display language, the Office theme and its change event, and
// opening a file as a new workbook. Strict where Office.js is: `createWorkbook` needs ExcelApi 1.8 and a valid
// base64 .xlsx; the theme event is delivered only when the simulated host reports it (`themeEvents`).

import { officeError } from './client';
import { versionAtLeast, type WorkbookModel } from './model';

/** Office.PlatformType values as Office.js reports them in `Office.context.platform`. */
export type OfficePlatform = 'PC' | 'Mac' | 'OfficeOnline' | 'iOS' | 'Android' | 'Universal';

/** The subset of Office.OfficeTheme the pane reads. */
export interface OfficeThemeModel {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
  isDarkTheme: boolean;
}

export const LIGHT_THEME: OfficeThemeModel = {
  bodyBackgroundColor: '#FFFFFF',
  bodyForegroundColor: '#262626',
  controlBackgroundColor: '#FFFFFF',
  controlForegroundColor: '#262626',
  isDarkTheme: false,
};

export const DARK_THEME: OfficeThemeModel = {
  bodyBackgroundColor: '#262626',
  bodyForegroundColor: '#FFFFFF',
  controlBackgroundColor: '#3A3A3A',
  controlForegroundColor: '#FFFFFF',
  isDarkTheme: true,
};

export interface OfficeDoubleOptions {
  platform?: OfficePlatform;
  displayLanguage?: string;
  dark?: boolean;
  /** True when the simulated host raises OfficeThemeChanged through document.addHandlerAsync. */
  themeEvents?: boolean;
}

interface AsyncResult {
  status: 'succeeded' | 'failed';
  error?: { code: number; message: string };
}
type Callback = (result: AsyncResult) => void;
type Handler = (args: { type: string; officeTheme: OfficeThemeModel }) => void;

/** What the pane sees as `Office` (the subset it uses) plus `Excel.createWorkbook`, and the test controls. */
export interface OfficeDouble {
  context: {
    platform: OfficePlatform;
    displayLanguage: string;
    officeTheme: OfficeThemeModel;
    requirements: { isSetSupported(name: string, version?: string): boolean };
    document: {
      addHandlerAsync(type: string, handler: Handler, callback?: Callback): void;
      removeHandlerAsync(type: string, options?: { handler?: Handler }, callback?: Callback): void;
    };
  };
  EventType: { OfficeThemeChanged: 'officeThemeChanged' };
  AsyncResultStatus: { Succeeded: 'succeeded'; Failed: 'failed' };
  /** Excel.createWorkbook(base64): opens the file as a new workbook (recorded in `opened`). */
  createWorkbook(base64?: string): Promise<void>;
  /** The base64 files opened with createWorkbook, oldest first. */
  opened: string[];
  /** Called after each createWorkbook (the harness lists the opened files). */
  onOpen(listener: (base64: string) => void): () => void;
  /** Switches Office's theme, as the user would in File › Account › Office Theme. */
  setTheme(dark: boolean): void;
  /** Handlers registered for OfficeThemeChanged (tests check they are removed). */
  themeHandlers(): number;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function createOfficeDouble(model: Pick<WorkbookModel, 'apiVersion'>, opts: OfficeDoubleOptions = {}): OfficeDouble {
  const handlers = new Set<Handler>();
  const openListeners = new Set<(base64: string) => void>();
  const themeEvents = opts.themeEvents ?? true;
  const office: OfficeDouble = {
    context: {
      platform: opts.platform ?? 'PC',
      displayLanguage: opts.displayLanguage ?? 'vi-VN',
      officeTheme: { ...(opts.dark ? DARK_THEME : LIGHT_THEME) },
      requirements: {
        isSetSupported: (name, version) => name === 'ExcelApi' && versionAtLeast(model.apiVersion, version ?? '1.1'),
      },
      document: {
        addHandlerAsync(type, handler, callback) {
          if (type !== 'officeThemeChanged' || !themeEvents) {
            callback?.({ status: 'failed', error: { code: 5000, message: 'The specified event type is not supported.' } });
            return;
          }
          handlers.add(handler);
          callback?.({ status: 'succeeded' });
        },
        removeHandlerAsync(type, options, callback) {
          if (options?.handler) handlers.delete(options.handler);
          else if (type === 'officeThemeChanged') handlers.clear();
          callback?.({ status: 'succeeded' });
        },
      },
    },
    EventType: { OfficeThemeChanged: 'officeThemeChanged' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    opened: [],
    async createWorkbook(base64) {
      await Promise.resolve();
      if (!versionAtLeast(model.apiVersion, '1.8')) throw officeError('ApiNotFound', 'Excel.createWorkbook needs ExcelApi 1.8.');
      const text = base64 ?? '';
      // Excel opens an empty workbook without a file; a file must be base64 of a zip ("UEsD" is "PK\3").
      if (text !== '' && (!BASE64.test(text) || text.length % 4 !== 0 || !text.startsWith('UEsD'))) {
        throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      }
      office.opened.push(text);
      openListeners.forEach((l) => l(text));
    },
    onOpen(listener) {
      openListeners.add(listener);
      return () => openListeners.delete(listener);
    },
    setTheme(dark) {
      Object.assign(office.context.officeTheme, dark ? DARK_THEME : LIGHT_THEME);
      for (const h of [...handlers]) h({ type: 'officeThemeChanged', officeTheme: office.context.officeTheme });
    },
    themeHandlers: () => handlers.size,
  };
  return office;
}
