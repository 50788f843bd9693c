import { BxtdError } from '../../src/domain/errors';
import { officeError } from '../../src/excel-double';
import { describeExcelError, excelFailure } from '../../src/excel/errors';

test.each([
  ['InvalidOperationInCellEditMode', /sửa ô/, /editing a cell/],
  ['AccessDenied', /bảo vệ/, /protected/],
  ['ApiNotFound', /Excel 2021/, /Excel 2021/],
  ['ApiNotAvailable', /Excel 2021/, /Excel 2021/],
  ['RequestPayloadSizeLimitExceeded', /5 MB/, /too large/],
  ['ResponsePayloadSizeLimitExceeded', /quá lớn/, /too large/],
  ['ItemNotFound', /Không tìm thấy/, /not found/],
  ['InvalidOperation', /hộp thoại/, /dialog/],
  ['GeneralException', /lỗi chung/, /general error/],
])('%s becomes a plain message', (code, vi, en) => {
  const text = describeExcelError(officeError(code, 'raw message from Excel'));
  expect(text.vi).toMatch(vi);
  expect(text.en).toMatch(en);
  expect(text.vi).not.toMatch(/raw message/);
});

test('unknown codes, plain objects, missing Office and own errors', () => {
  expect(describeExcelError({ code: 'SomethingNew' }).en).toMatch(/SomethingNew/);
  expect(describeExcelError({ debugInfo: { code: 'AccessDenied' } }).en).toMatch(/protected/);
  expect(describeExcelError(new ReferenceError('Excel is not defined')).vi).toMatch(/Trang đầu/);
  expect(describeExcelError(new Error('boom')).en).toMatch(/unexpected/);
  const own = new BxtdError('excel.refused', { vi: 'riêng', en: 'own' });
  expect(describeExcelError(own)).toEqual({ vi: 'riêng', en: 'own' });
});

test('failures become BxtdErrors with a code by what Excel said; bugs go on as they are', () => {
  const cases: [unknown, string][] = [
    [officeError('AccessDenied', 'x'), 'excel.protected'],
    [officeError('RequestPayloadSizeLimitExceeded', 'x'), 'excel.tooLarge'],
    [officeError('ResponsePayloadSizeLimitExceeded', 'x'), 'excel.tooLarge'],
    [officeError('ApiNotFound', 'x'), 'excel.unsupported'],
    [officeError('InvalidOperationInCellEditMode', 'x'), 'excel.refused'],
    [new ReferenceError('Excel is not defined'), 'excel.unsupported'],
  ];
  for (const [e, code] of cases) {
    const out = excelFailure(e) as BxtdError;
    expect(out).toBeInstanceOf(BxtdError);
    expect(out.code).toBe(code);
    expect(out.cause).toBe(e);
  }
  const own = new BxtdError('excel.refused', { vi: 'riêng', en: 'own' });
  expect(excelFailure(own)).toBe(own);
  const bug = new TypeError('x is undefined');
  expect(excelFailure(bug)).toBe(bug);
});
