// Files that arrive, per platform (server-rendered in the pane's context over the Office double): where downloads
// work, the note says where the files went and what to do next; on Mac, workbooks open in Excel and a Word file's
// note says plainly that it cannot be saved from the pane, and what to do instead.

import { renderToString } from 'react-dom/server';
import { createOfficeDouble, type OfficePlatform } from '../../src/excel-double';
import { DeliveryNote, type FileKind } from '../../src/taskpane/components/Files';
import { paneEnv } from '../../src/taskpane/env';
import { renderPane } from './render';

const envOn = (platform: OfficePlatform, apiVersion = '1.14') => {
  const office = createOfficeDouble({ apiVersion }, { platform });
  return paneEnv(office, office.createWorkbook, undefined);
};
const note = (platform: OfficePlatform, kind: FileKind, lang: 'vi' | 'en' = 'vi', apiVersion?: string) =>
  renderToString(renderPane(<DeliveryNote kind={kind} />, { env: envOn(platform, apiVersion), lang }))
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('where files go, by platform', () => {
  test.each<OfficePlatform>(['PC', 'OfficeOnline'])('%s: downloads, with where they went and the next step', (platform) => {
    const self = note(platform, 'selfScoring');
    expect(self).toContain('thư mục Tải xuống (Downloads)');
    expect(self).toContain('gửi mỗi tệp cho đúng đơn vị');
    expect(note(platform, 'minutes')).toContain('mở tệp bằng Word');
    expect(note(platform, 'selfScoring', 'en')).toContain('Downloads folder');
  });

  test('Mac: workbooks open in Excel to be saved; Word files cannot be saved, and the way round is named', () => {
    expect(note('Mac', 'selfScoring')).toContain('Mở từng bảng trong Excel');
    const minutes = note('Mac', 'minutes');
    expect(minutes).toContain('Excel cho Mac không cho tiện ích lưu tệp Word');
    expect(minutes).toContain('Excel trên web');
    expect(minutes).toContain('công cụ dòng lệnh');
    expect(note('Mac', 'template', 'en')).toContain('Excel for Mac does not let add-ins save Word files');
    expect(note('Mac', 'selfScoring', 'vi', '1.7')).toContain('không mở được sổ mới');
  });
});
