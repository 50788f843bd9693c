// Every failure the add-in can meet in Excel, as a BxtdError with a plain sentence in both languages, in one place:
// Office.js errors by their code (describeExcelError), and the refusals the adapter says itself before Excel would
// fail (a protected sheet or workbook, a hidden sheet, sizes Excel on the web cannot take).

import { BxtdError, isBxtdError, type ErrorCode } from '../domain/errors';
import { formatCount, formatSize } from '../domain/format';
import type { Text } from '../domain/model';

const MESSAGES: Record<string, Text> = {
  InvalidOperationInCellEditMode: {
    vi: 'Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để thoát khỏi ô đang sửa rồi thử lại.',
    en: 'Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.',
  },
  AccessDenied: {
    vi: 'Excel không cho ghi: trang tính hoặc sổ đang được bảo vệ, hoặc sổ chỉ được mở để đọc. Bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính, hoặc Bảo vệ sổ làm việc) rồi thử lại.',
    en: 'Excel refused the change: a sheet or the workbook is protected, or the workbook is read-only. Unprotect it (Review › Unprotect Sheet, or Protect Workbook) and try again.',
  },
  ApiNotFound: {
    vi: 'Phiên bản Excel này không có chức năng mà tiện ích cần. Hãy dùng Excel 2021, Microsoft 365 hoặc Excel trên web.',
    en: 'This version of Excel lacks a feature the add-in needs. Use Excel 2021, Microsoft 365 or Excel on the web.',
  },
  RequestPayloadSizeLimitExceeded: {
    vi: 'Dữ liệu gửi vào Excel quá lớn cho một lần ghi (Excel trên web giới hạn 5 MB). Hãy thu gọn sổ rồi thử lại.',
    en: 'The data sent to Excel is too large for one request (Excel on the web allows 5 MB). Make the workbook smaller and try again.',
  },
  ResponsePayloadSizeLimitExceeded: {
    vi: 'Sổ tính quá lớn để đọc (Excel trên web trả về tối đa 5 MB một lần). Hãy xóa các trang tính không cần thiết hoặc dữ liệu thừa ngoài bảng rồi thử lại.',
    en: 'The workbook is too large to read (Excel on the web returns at most 5 MB at a time). Remove sheets or stray data outside the tables and try again.',
  },
  ItemNotFound: {
    vi: 'Không tìm thấy trang tính hoặc vùng ô cần dùng (có thể vừa bị xóa hoặc đổi tên). Hãy thử lại.',
    en: 'A sheet or range the add-in needs was not found (it may have just been deleted or renamed). Try again.',
  },
  ItemAlreadyExists: {
    vi: 'Trong sổ đã có trang tính trùng tên với trang tiện ích định tạo.',
    en: 'The workbook already has a sheet with the name the add-in wanted to create.',
  },
  InvalidOperation: {
    vi: 'Excel chưa thực hiện được thao tác này lúc này (có thể đang mở một hộp thoại hoặc đang sửa ô). Đóng hộp thoại rồi thử lại.',
    en: 'Excel could not do this right now (a dialog may be open or a cell is being edited). Close it and try again.',
  },
  MergedRangeConflict: {
    vi: 'Vùng ô trộn (Merge) trong sổ xung đột với thao tác ghi. Bỏ trộn ô ở vùng đó rồi thử lại.',
    en: 'Merged cells in the workbook conflict with the write. Unmerge them and try again.',
  },
  Conflict: {
    vi: 'Sổ tính vừa bị người khác hoặc thao tác khác thay đổi cùng lúc. Hãy thử lại.',
    en: 'The workbook was changed by someone or something else at the same time. Try again.',
  },
  ActivityLimitReached: {
    vi: 'Excel đang bận vì có quá nhiều yêu cầu. Chờ một lát rồi thử lại.',
    en: 'Excel is busy with too many requests. Wait a moment and try again.',
  },
  RequestAborted: {
    vi: 'Yêu cầu tới Excel bị ngắt giữa chừng. Hãy thử lại.',
    en: 'The request to Excel was interrupted. Try again.',
  },
  GeneralException: {
    vi: 'Excel báo một lỗi chung khi thực hiện thao tác. Hãy lưu sổ, mở lại rồi thử lại.',
    en: 'Excel reported a general error. Save the workbook, reopen it and try again.',
  },
};

const ALIASES: Record<string, string> = {
  ApiNotAvailable: 'ApiNotFound',
  InsertDeleteConflict: 'Conflict',
  RateLimitExceeded: 'ActivityLimitReached',
  ServiceNotAvailable: 'ActivityLimitReached',
  Unauthenticated: 'AccessDenied',
};

/** Our error code for an Office.js error code. */
const CODES: Record<string, ErrorCode> = {
  AccessDenied: 'excel.protected',
  ApiNotFound: 'excel.unsupported',
  RequestPayloadSizeLimitExceeded: 'excel.tooLarge',
  ResponsePayloadSizeLimitExceeded: 'excel.tooLarge',
};

const NO_OFFICE: Text = {
  vi: 'Không kết nối được với Excel. Hãy mở tiện ích từ nút Bình xét Thi đua trên thẻ Trang đầu của Excel.',
  en: 'Could not reach Excel. Open the add-in from the Bloc Review button on Excel’s Home tab.',
};

const UNEXPECTED: Text = {
  vi: 'Đã xảy ra lỗi không mong muốn khi làm việc với Excel. Hãy thử lại.',
  en: 'An unexpected error occurred while working with Excel. Try again.',
};

/** The Office.js error code of what an Excel call threw (OfficeExtension.Error), or null. */
export function officeCodeOf(e: unknown): string | null {
  if (typeof e !== 'object' || e === null || isBxtdError(e)) return null;
  const o = e as { code?: unknown; debugInfo?: { code?: unknown } };
  if (typeof o.code === 'string' && o.code !== '') return o.code;
  if (typeof o.debugInfo?.code === 'string') return o.debugInfo.code;
  return null;
}

function isNoOffice(e: unknown): boolean {
  return e instanceof ReferenceError && /\b(Excel|Office)\b/.test(e.message);
}

/** A plain message for anything an Excel call threw. Never shows a raw exception. */
export function describeExcelError(e: unknown): Text {
  if (isBxtdError(e)) return e.text;
  const code = officeCodeOf(e);
  if (code) {
    const known = MESSAGES[ALIASES[code] ?? code];
    if (known) return known;
    return {
      vi: `Excel báo lỗi (${code}) khi thực hiện thao tác. Hãy thử lại; nếu vẫn lỗi, lưu sổ, mở lại Excel rồi thử lần nữa.`,
      en: `Excel reported an error (${code}). Try again; if it persists, save the workbook, restart Excel and retry.`,
    };
  }
  return isNoOffice(e) ? NO_OFFICE : UNEXPECTED;
}

/**
 * What an action throws for a failure in Excel: our own refusals as they are, an Office.js error (or Office not
 * being there) as a BxtdError with its sentence. Anything else is a bug and goes on as it is (the pane says
 * "unexpected").
 */
export function excelFailure(e: unknown): unknown {
  if (isBxtdError(e)) return e;
  const code = officeCodeOf(e);
  if (code) return new BxtdError(CODES[ALIASES[code] ?? code] ?? 'excel.refused', describeExcelError(e), {}, { cause: e });
  if (isNoOffice(e)) return new BxtdError('excel.unsupported', NO_OFFICE, {}, { cause: e });
  return e;
}

const quoted = (names: readonly string[], lang: 'vi' | 'en') => names.map((n) => (lang === 'vi' ? `«${n}»` : `“${n}”`)).join(', ');

/** The adapter's own refusals, said before Excel would fail (nothing has been changed when they are thrown). */
export const REFUSALS = {
  sheetMissing: (name: string) =>
    new BxtdError(
      'excel.refused',
      {
        vi: `Không tìm thấy trang tính «${name}» trong sổ. Có thể trang vừa bị đổi tên hoặc xóa; hãy chạy lại.`,
        en: `Sheet “${name}” is not in the workbook. It may have been renamed or deleted; run again.`,
      },
      { sheet: name },
    ),
  sheetProtected: (name: string) =>
    new BxtdError(
      'excel.protected',
      {
        vi: `Trang tính «${name}» đang được bảo vệ nên tiện ích không tô màu hoặc ghi vào được. Bỏ bảo vệ trang (Xem lại › Bỏ bảo vệ trang tính) rồi chạy lại; chưa có gì bị thay đổi.`,
        en: `Sheet “${name}” is protected, so the add-in cannot highlight or write to it. Unprotect it (Review › Unprotect Sheet) and run again; nothing was changed.`,
      },
      { sheet: name },
    ),
  structureProtected: (names: readonly string[]) =>
    new BxtdError('excel.protected', {
      vi: `Cấu trúc sổ đang được bảo vệ nên tiện ích không thêm, xóa hoặc ẩn được trang ${quoted(names, 'vi')}. Bỏ bảo vệ (Xem lại › Bảo vệ sổ làm việc, nhập mật khẩu nếu có) rồi chạy lại; chưa có gì bị thay đổi.`,
      en: `The workbook's structure is protected, so the add-in cannot add, delete or hide ${quoted(names, 'en')}. Unprotect it (Review › Protect Workbook, with its password if any) and run again; nothing was changed.`,
    }),
  sheetsExist: (names: readonly string[]) =>
    new BxtdError('excel.refused', {
      vi: `Sổ đã có ${quoted(names, 'vi')}. Tiện ích không ghi đè trang tính có sẵn: hãy tạo sổ mới trong một tệp Excel trống (hoặc đổi tên các trang đó).`,
      en: `The workbook already has ${quoted(names, 'en')}. The add-in does not overwrite existing sheets: create the new bloc in an empty workbook (or rename those sheets).`,
    }),
  sheetHidden: (name: string, cell: string | null) =>
    new BxtdError(
      'excel.refused',
      {
        vi: `Trang «${name}» đang bị ẩn nên không chọn được${cell ? ` ô ${cell}` : ''}. Nhấp chuột phải vào một thẻ trang › Bỏ ẩn › chọn «${name}», rồi thử lại.`,
        en: `Sheet “${name}” is hidden, so ${cell ? `cell ${cell}` : 'it'} cannot be selected. Right-click a sheet tab › Unhide › pick “${name}”, then try again.`,
      },
      { sheet: name, cell },
    ),
  sheetTooLarge: (name: string, lastCell: string, cells: number, limit: number) =>
    new BxtdError(
      'excel.tooLarge',
      {
        vi: `Trang «${name}» có vùng dữ liệu kéo tới ô ${lastCell} (${formatCount(cells, 'vi')} ô), vượt giới hạn ${formatCount(limit, 'vi')} ô tiện ích đọc được. Thường là do có ô bị gõ nhầm hay định dạng ở xa bảng: xóa các hàng, cột thừa phía dưới và bên phải bảng (chọn chúng › chuột phải › Xóa) rồi thử lại.`,
        en: `Sheet “${name}” has data up to cell ${lastCell} (${formatCount(cells, 'en')} cells), over the ${formatCount(limit, 'en')} cells the add-in reads. Usually a stray entry far from the tables: delete the extra rows and columns below and right of the tables (select them › right-click › Delete) and try again.`,
      },
      { sheet: name, cell: lastCell },
    ),
  rowTooLarge: (name: string, row: number) =>
    new BxtdError(
      'excel.tooLarge',
      {
        vi: `Dòng ${row} của trang «${name}» chứa quá nhiều dữ liệu để Excel trả về trong một lần (quá 5 MB). Hãy xóa bớt nội dung dài ở dòng đó rồi thử lại.`,
        en: `Row ${row} of sheet “${name}” holds more data than Excel returns at once (over 5 MB). Shorten the long contents of that row and try again.`,
      },
      { sheet: name, cell: `${row}:${row}` },
    ),
  cellTooLong: (sheet: string, cell: string, length: number, limit: number) =>
    new BxtdError(
      'excel.tooLarge',
      {
        vi: `Nội dung định ghi vào ô ${sheet}!${cell} dài ${formatCount(length, 'vi')} ký tự, quá ${formatCount(limit, 'vi')} ký tự một ô Excel chứa được; chưa có gì bị thay đổi.`,
        en: `The text to write into ${sheet}!${cell} is ${formatCount(length, 'en')} characters, over the ${formatCount(limit, 'en')} a cell holds; nothing was changed.`,
      },
      { sheet, cell },
    ),
  keptTooLarge: (bytes: number, limit: number) =>
    new BxtdError('excel.tooLarge', {
      vi: `Các mẫu định giữ trong sổ cộng lại khoảng ${formatSize(bytes, 'vi')}, quá ${formatSize(limit, 'vi')} mà tiện ích giữ được trong một sổ (Excel trên web đọc, ghi mỗi lần tối đa 5 MB). Hãy giữ ít mẫu hơn, hoặc bỏ ảnh lớn trong mẫu cho nhẹ; các mẫu đã giữ trước đó vẫn còn nguyên.`,
      en: `The templates to keep in the workbook come to about ${formatSize(bytes, 'en')}, over the ${formatSize(limit, 'en')} the add-in keeps in one workbook (Excel on the web reads and writes at most 5 MB at a time). Keep fewer templates, or remove large pictures from them; the templates kept before are unchanged.`,
    }),
} satisfies Record<string, (...args: never[]) => BxtdError>;
