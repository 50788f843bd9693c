import { DoubleError } from '../../src/excel-double';
import { describeExcelError, ExcelActionError } from '../../src/excel/errors';

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
  const text = describeExcelError(new DoubleError(code, 'raw message from Excel'));
  expect(text.vi).toMatch(vi);
  expect(text.en).toMatch(en);
  expect(text.vi).not.toMatch(/raw message/);
});

test('unknown codes, plain objects, missing Office and own errors', () => {
  expect(describeExcelError({ code: 'SomethingNew' }).en).toMatch(/SomethingNew/);
  expect(describeExcelError({ debugInfo: { code: 'AccessDenied' } }).en).toMatch(/protected/);
  expect(describeExcelError(new ReferenceError('Excel is not defined')).vi).toMatch(/Trang đầu/);
  expect(describeExcelError(new Error('boom')).en).toMatch(/unexpected/);
  const own = new ExcelActionError({ vi: 'riêng', en: 'own' });
  expect(describeExcelError(own)).toEqual({ vi: 'riêng', en: 'own' });
});
