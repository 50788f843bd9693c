// Every failure the add-in can meet in Excel, turned into a plain message in both languages, in one place.

import type { Text } from '../domain/model';

/** A failure the adapter explains itself (a sheet that already exists, a protected sheet found before writing). */
export class ExcelActionError extends Error {
  constructor(
    readonly text: Text,
    readonly cause?: unknown,
  ) {
    super(text.en);
    this.name = 'ExcelActionError';
  }
}

const MESSAGES: Record<string, Text> = {
  InvalidOperationInCellEditMode: {
    vi: 'Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để thoát khỏi ô đang sửa rồi thử lại.',
    en: 'Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.',
  },
  AccessDenied: {
    vi: 'Excel không cho ghi: trang tính hoặc sổ đang được bảo vệ, hoặc sổ chỉ được mở để đọc. Bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.',
    en: 'Excel refused the change: a sheet or the workbook is protected, or the workbook is read-only. Unprotect it (Review › Unprotect Sheet) and try again.',
  },
  ApiNotFound: {
    vi: 'Phiên bản Excel này không có chức năng mà tiện ích cần. Hãy dùng Excel 2021, Microsoft 365 hoặc Excel trên web.',
    en: 'This version of Excel lacks a feature the add-in needs. Use Excel 2021, Microsoft 365 or Excel on the web.',
  },
  RequestPayloadSizeLimitExceeded: {
    vi: 'Dữ liệu gửi vào Excel quá lớn cho một lần ghi (Excel trên web giới hạn khoảng 5 MB). Hãy thu gọn sổ rồi thử lại.',
    en: 'The data sent to Excel is too large for one request (Excel on the web allows about 5 MB). Make the workbook smaller and try again.',
  },
  ResponsePayloadSizeLimitExceeded: {
    vi: 'Sổ tính quá lớn để đọc một lần. Hãy xóa các trang tính không cần thiết hoặc dữ liệu thừa ngoài bảng rồi thử lại.',
    en: 'The workbook is too large to read at once. Remove sheets or stray data outside the tables and try again.',
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

const NO_OFFICE: Text = {
  vi: 'Không kết nối được với Excel. Hãy mở tiện ích từ nút Bình xét Thi đua trên thẻ Trang đầu của Excel.',
  en: 'Could not reach Excel. Open the add-in from the Bloc Review button on Excel’s Home tab.',
};

function codeOf(e: unknown): string | null {
  if (typeof e !== 'object' || e === null) return null;
  const o = e as { code?: unknown; debugInfo?: { code?: unknown } };
  if (typeof o.code === 'string' && o.code !== '') return o.code;
  if (typeof o.debugInfo?.code === 'string') return o.debugInfo.code;
  return null;
}

/** A plain message for anything an Excel call threw. Never shows a raw exception. */
export function describeExcelError(e: unknown): Text {
  if (e instanceof ExcelActionError) return e.text;
  const code = codeOf(e);
  if (code) {
    const known = MESSAGES[ALIASES[code] ?? code];
    if (known) return known;
    return {
      vi: `Excel báo lỗi (${code}) khi thực hiện thao tác. Hãy thử lại; nếu vẫn lỗi, lưu sổ, mở lại Excel rồi thử lần nữa.`,
      en: `Excel reported an error (${code}). Try again; if it persists, save the workbook, restart Excel and retry.`,
    };
  }
  if (e instanceof ReferenceError && /\b(Excel|Office)\b/.test(e.message)) return NO_OFFICE;
  return {
    vi: 'Đã xảy ra lỗi không mong muốn khi làm việc với Excel. Hãy thử lại.',
    en: 'An unexpected error occurred while working with Excel. Try again.',
  };
}
