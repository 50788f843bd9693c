// The one list of placeholders a minute template may use. docs/templates.md, `bxtd placeholders`, the template
// check and buildMinutesData all follow this list; a test keeps them in step.
//
// Syntax (docxtemplater): {name} is replaced by text; {#name}…{/name} repeats for each item of a list, or shows its
// content only when a condition holds; {^name}…{/name} shows its content only when the list is empty or the
// condition does not hold. Nothing else is evaluated: there are no expressions, filters or raw XML.

import type { Lang, Text } from '../domain/model';

export type PlaceholderKind = 'text' | 'condition' | 'list';

export interface Field {
  name: string;
  description: Text;
  example: string;
}

export interface Placeholder {
  name: string;
  kind: PlaceholderKind;
  description: Text;
  example: string; // what the sample workbook gives, or how a blank looks
  fields?: Field[]; // for lists: the placeholders usable inside {#name}…{/name}
}

export interface PlaceholderGroup {
  title: Text;
  items: Placeholder[];
}

const t = (name: string, vi: string, en: string, example: string): Placeholder => ({
  name,
  kind: 'text',
  description: { vi, en },
  example,
});
const c = (name: string, vi: string, en: string): Placeholder => ({
  name,
  kind: 'condition',
  description: { vi, en },
  example: 'true / false',
});
const f = (name: string, vi: string, en: string, example: string): Field => ({ name, description: { vi, en }, example });
const l = (name: string, vi: string, en: string, fields: Field[]): Placeholder => ({
  name,
  kind: 'list',
  description: { vi, en },
  example: '',
  fields,
});

const unitName = f('ten_don_vi', 'Tên đơn vị', 'Unit name', 'Công an tỉnh');
const order = f('stt', 'Số thứ tự trong danh sách (1, 2, ...)', 'Position in the list (1, 2, ...)', '1');

export const PLACEHOLDER_GROUPS: PlaceholderGroup[] = [
  {
    title: { vi: 'Khối và kỳ thi đua', en: 'Bloc and period' },
    items: [
      t('ten_khoi', 'Tên khối', 'Bloc name', 'Khối thi đua số 3'),
      t('ten_khoi_hoa', 'Tên khối viết hoa (tên cơ quan ban hành)', 'Bloc name in capitals (issuing body)', 'KHỐI THI ĐUA SỐ 3'),
      t('tinh', 'Tỉnh (địa danh của văn bản)', 'Province (the place name of the document)', 'Đắk Lắk'),
      t('co_quan_khen_thuong', 'Cơ quan khen thưởng', 'Awarding body', 'Ủy ban nhân dân tỉnh Đắk Lắk'),
      t(
        'co_quan_chu_quan_hoa',
        'Cơ quan chủ quản ở đầu văn bản: cơ quan khen thưởng viết hoa, "Ủy ban nhân dân" viết tắt UBND',
        'Managing body for the document head: the awarding body in capitals, "Ủy ban nhân dân" shortened to UBND',
        'UBND TỈNH ĐẮK LẮK',
      ),
      t('nam', 'Năm thi đua', 'Emulation year', '2023'),
      t('nam_sau', 'Năm sau (nhiệm kỳ Khối trưởng mới)', 'Next year (the new head’s term)', '2024'),
      t('ky', 'Kỳ như ghi trong sổ', 'Period as written in the workbook', 'Năm'),
      t('ky_danh_gia', 'Kỳ đánh giá kèm năm', 'Period with its year', 'năm 2023'),
    ],
  },
  {
    title: { vi: 'Thời gian, địa điểm, chủ trì', en: 'Time, place, chair' },
    items: [
      t('ngay_hop', 'Ngày họp', 'Meeting date', 'ngày 09 tháng 01 năm 2024'),
      t('dia_danh_ngay', 'Dòng địa danh, ngày tháng (in nghiêng)', 'Place-and-date line (italics)', 'Đắk Lắk, ngày 09 tháng 01 năm 2024'),
      t('dia_diem', 'Địa điểm họp', 'Meeting place', 'Hội trường Công an tỉnh'),
      t(
        'gio_bat_dau',
        'Giờ bắt đầu (sổ không ghi giờ: để trống điền tay)',
        'Start time (the workbook has no time: a blank)',
        '…… giờ …… phút',
      ),
      t('gio_ket_thuc', 'Giờ kết thúc (để trống điền tay)', 'End time (a blank to fill by hand)', '…… giờ …… phút'),
      t('chu_tri', 'Chủ trì', 'Chair', 'Đồng chí Nguyễn Văn A, Giám đốc Công an tỉnh'),
      t(
        'chu_tri_ho_ten',
        'Họ tên người chủ trì để ký (bỏ "Đồng chí", chức vụ sau dấu phẩy hoặc gạch ngang)',
        'Chair’s name for the signature (without "Đồng chí" and the title after a comma or dash)',
        'Nguyễn Văn A',
      ),
      t('thu_ky', 'Thư ký', 'Secretary', 'Đồng chí Trần Thị B'),
      t('thu_ky_ho_ten', 'Họ tên thư ký để ký', 'Secretary’s name for the signature', 'Trần Thị B'),
      t(
        'ban_kiem_phieu',
        'Ban kiểm phiếu (sổ không ghi: để trống điền tay)',
        'Vote-counting committee (a blank to fill by hand)',
        '……………………',
      ),
    ],
  },
  {
    title: { vi: 'Khối trưởng, Khối phó', en: 'Bloc head and deputy' },
    items: [
      t('khoi_truong', 'Đơn vị Khối trưởng kỳ này (bên giao)', 'This period’s head unit (handing over)', 'Công an tỉnh'),
      t('khoi_truong_dai_dien', 'Người đại diện đơn vị Khối trưởng', 'Head unit’s representative', 'Nguyễn Văn A'),
      t('khoi_truong_chuc_vu', 'Chức vụ người đại diện đơn vị Khối trưởng', 'Head unit representative’s title', 'Giám đốc'),
      t('khoi_pho', 'Đơn vị Khối phó kỳ này', 'This period’s deputy unit', 'Thanh tra tỉnh'),
      t('khoi_pho_dai_dien', 'Người đại diện đơn vị Khối phó', 'Deputy unit’s representative', 'Lê Văn C'),
      t('khoi_pho_chuc_vu', 'Chức vụ người đại diện đơn vị Khối phó', 'Deputy unit representative’s title', 'Chánh Thanh tra'),
      t(
        'khoi_truong_nam_sau',
        'Đơn vị Khối trưởng năm sau (bên nhận); để trống khi sổ chưa ghi',
        'Next year’s head unit (receiving); a blank when the workbook does not say',
        'Thanh tra tỉnh',
      ),
      t('khoi_truong_nam_sau_dai_dien', 'Người đại diện đơn vị Khối trưởng năm sau', 'Next head’s representative', 'Lê Văn C'),
      t(
        'khoi_truong_nam_sau_chuc_vu',
        'Chức vụ người đại diện đơn vị Khối trưởng năm sau',
        'Next head representative’s title',
        'Chánh Thanh tra',
      ),
      t(
        'khoi_pho_nam_sau',
        'Đơn vị Khối phó năm sau; để trống khi sổ chưa ghi',
        'Next year’s deputy unit; a blank when the workbook does not say',
        'Trại giam Đắk Tân',
      ),
    ],
  },
  {
    title: { vi: 'Thành phần tham dự', en: 'Attendance' },
    items: [
      t('so_don_vi', 'Tổng số đơn vị thành viên (số và chữ)', 'Member units (numeral and words)', '11 (mười một)'),
      t('so_don_vi_co_mat', 'Số đơn vị có mặt', 'Units present', '10 (mười)'),
      t('so_don_vi_vang_mat', 'Số đơn vị vắng mặt', 'Units absent', '01 (một)'),
      l(
        'dai_bieu_moi',
        'Đại biểu mời (sổ chưa có: danh sách rỗng, dùng {^dai_bieu_moi}…{/dai_bieu_moi} để chừa dòng chấm)',
        'Invited delegates (not in the workbook: an empty list; use {^dai_bieu_moi}…{/dai_bieu_moi} for a dotted line)',
        [f('ho_ten', 'Họ và tên', 'Name', 'Nguyễn Văn D'), f('chuc_vu', 'Chức vụ, đơn vị', 'Title and body', 'Phó Giám đốc Sở Nội vụ')],
      ),
      l('don_vi', 'Tất cả đơn vị thành viên, theo thứ tự trong sổ', 'All member units, in workbook order', [
        order,
        unitName,
        f('ten_viet_tat', 'Tên viết tắt', 'Short name', 'CA'),
        f('dai_dien', 'Người đại diện', 'Representative', 'Nguyễn Văn A'),
        f('chuc_vu', 'Chức vụ', 'Title', 'Giám đốc'),
        f('co_mat', '"Có mặt" hoặc "Vắng mặt"', '"Có mặt" (present) or "Vắng mặt" (absent)', 'Có mặt'),
      ]),
      l('don_vi_co_mat', 'Đơn vị có mặt', 'Units present', [
        order,
        unitName,
        f('dai_dien', 'Người đại diện', 'Representative', 'Nguyễn Văn A'),
        f('chuc_vu', 'Chức vụ', 'Title', 'Giám đốc'),
      ]),
      l('don_vi_vang_mat', 'Đơn vị vắng mặt', 'Units absent', [order, unitName]),
      c('co_don_vi_vang_mat', 'Có đơn vị vắng mặt', 'Some unit is absent'),
    ],
  },
  {
    title: { vi: 'Kết quả chấm điểm', en: 'Scores' },
    items: [
      l(
        'bang_diem',
        'Bảng điểm theo thứ hạng (đặt {#bang_diem} ở ô đầu và {/bang_diem} ở ô cuối của một dòng bảng để lặp dòng)',
        'Score table by rank (put {#bang_diem} in the first and {/bang_diem} in the last cell of a table row to repeat the row)',
        [
          order,
          f('hang', 'Xếp hạng (đơn vị bằng điểm cùng hạng)', 'Rank (equal units share it)', '1'),
          unitName,
          f('tong_diem', 'Tổng điểm, dấu phẩy thập phân', 'Total, decimal comma', '98,50'),
          f('diem_co_ban', 'Điểm các nhóm tiêu chí (chưa kể thưởng, trừ)', 'Points of the ordinary groups', '95,00'),
          f('diem_thuong', 'Điểm thưởng (sau mức trần)', 'Bonus (after its cap)', '4,00'),
          f('diem_tru', 'Điểm trừ (sau mức trần)', 'Deduction (after its cap)', '0,50'),
          f('so_phieu', 'Số phiếu đồng ý (để trống khi chưa bỏ phiếu)', 'Votes in favour (a blank before the vote)', '10 (mười)'),
          f('ty_le_phieu', 'Tỷ lệ phiếu trên tổng số đơn vị thành viên', 'Share of all member units', '90,9%'),
          f('de_nghi', '"Cờ thi đua", "Bằng khen" hoặc để trống', '"Cờ thi đua", "Bằng khen" or empty', 'Cờ thi đua'),
          f('ghi_chu', 'Ghi chú: không xét khen thưởng và lý do', 'Note: not eligible and why', ''),
        ],
      ),
      l('don_vi_khong_xet', 'Đơn vị không đủ điều kiện xét khen thưởng', 'Units not eligible for awards', [
        order,
        unitName,
        f('ly_do', 'Lý do', 'Reason', 'Có cán bộ lãnh đạo bị kỷ luật'),
      ]),
    ],
  },
  {
    title: { vi: 'Bỏ phiếu suy tôn', en: 'Ballot' },
    items: [
      c('co_phieu_bau', 'Sổ có kết quả bỏ phiếu (trang Phiếu bầu)', 'The workbook holds a ballot result'),
      t('phieu_phat_ra', 'Số phiếu phát ra', 'Ballots issued', '10 (mười)'),
      t('phieu_thu_ve', 'Số phiếu thu về', 'Ballots returned', '10 (mười)'),
      t('phieu_hop_le', 'Số phiếu hợp lệ', 'Valid ballots', '10 (mười)'),
      t('phieu_khong_hop_le', 'Số phiếu không hợp lệ (thu về trừ hợp lệ)', 'Invalid ballots (returned less valid)', '00 (không)'),
      t('nguong_phieu', 'Ngưỡng phiếu để đề nghị Cờ', 'Vote threshold for the flag', 'trên 50%'),
      t('ty_le_co_mat_toi_thieu', 'Tỷ lệ đơn vị có mặt tối thiểu', 'Quorum', 'từ 2/3 trở lên'),
      l(
        'ket_qua_phieu',
        'Kết quả bỏ phiếu từng đơn vị (chưa bỏ phiếu: các đơn vị được giới thiệu, số phiếu để trống)',
        'Votes per unit (before the vote: the units put forward, figures blank)',
        [
          order,
          unitName,
          f('so_phieu', 'Số phiếu đồng ý', 'Votes in favour', '10 (mười)'),
          f('ty_le', 'Tỷ lệ trên tổng số đơn vị thành viên', 'Share of all member units', '90,9%'),
        ],
      ),
    ],
  },
  {
    title: { vi: 'Kết luận', en: 'Conclusion' },
    items: [
      t(
        'ket_luan_co',
        'Kết luận về Cờ thi đua, đúng theo kết quả (đề nghị, chờ bỏ phiếu, không đủ tỷ lệ có mặt, chưa đạt ngưỡng phiếu, bằng điểm chưa phân định)',
        'Conclusion on the flag, true to the outcome (proposed, pending the vote, no quorum, below the threshold, unresolved tie)',
        'Hội nghị thống nhất suy tôn Công an tỉnh …',
      ),
      c(
        'co_de_nghi_co',
        'Có đơn vị được đề nghị (hoặc giới thiệu bỏ phiếu) tặng Cờ thi đua',
        'Some unit is proposed (or put to the vote) for the flag',
      ),
      t(
        'ten_don_vi_co',
        'Tên đơn vị đề nghị tặng Cờ thi đua (để trống khi không có)',
        'Unit proposed for the flag (a blank when none)',
        'Công an tỉnh',
      ),
      l('don_vi_co', 'Đơn vị đề nghị tặng Cờ thi đua', 'Units proposed for the flag', [
        order,
        unitName,
        f('tong_diem', 'Tổng điểm', 'Total', '98,50'),
        f('so_phieu', 'Số phiếu đồng ý', 'Votes in favour', '10 (mười)'),
        f('ty_le', 'Tỷ lệ phiếu', 'Share of votes', '90,9%'),
      ]),
      t('so_bang_khen', 'Số đơn vị đề nghị tặng Bằng khen', 'Units proposed for Certificates', '04 (bốn)'),
      t('so_bang_khen_toi_da', 'Số Bằng khen theo quy tắc', 'Certificates the rules allow', '04 (bốn)'),
      l('don_vi_bang_khen', 'Đơn vị đề nghị tặng Bằng khen, theo thứ hạng', 'Units proposed for Certificates, by rank', [
        order,
        unitName,
        f('tong_diem', 'Tổng điểm', 'Total', '96,00'),
        f('hang', 'Xếp hạng', 'Rank', '2'),
      ]),
      t(
        'ket_luan_bang_khen',
        'Kết luận về Bằng khen (kể cả bằng điểm ở suất cuối)',
        'Conclusion on Certificates (including a tie at the last place)',
        'Đề nghị Ủy ban nhân dân tỉnh Đắk Lắk tặng Bằng khen cho 04 (bốn) đơn vị.',
      ),
      l(
        'luu_y',
        'Những điều hội nghị cần quyết định hoặc lưu ý (từ kết quả tính điểm)',
        'What the meeting must decide or know (from the scoring)',
        [f('noi_dung', 'Nội dung', 'Text', 'Chưa có kết quả bỏ phiếu: …')],
      ),
      c('co_luu_y', 'Có điều cần lưu ý', 'There is something to note'),
    ],
  },
];

export const PLACEHOLDERS: Placeholder[] = PLACEHOLDER_GROUPS.flatMap((g) => g.items);

const byName = new Map(PLACEHOLDERS.map((p) => [p.name, p]));

export function findPlaceholder(name: string): Placeholder | undefined {
  return byName.get(name);
}

/** The names a template may use outside any list. */
export function topLevelNames(): string[] {
  return PLACEHOLDERS.map((p) => p.name);
}

/** The lists in which a field name is valid, e.g. "ten_don_vi" -> ["don_vi", "don_vi_co_mat", ...]. */
export function listsWithField(field: string): string[] {
  return PLACEHOLDERS.filter((p) => p.fields?.some((x) => x.name === field)).map((p) => p.name);
}

/** The vocabulary as plain text: what `bxtd placeholders` prints. */
export function placeholdersText(lang: Lang): string {
  const lines: string[] = [];
  lines.push(
    lang === 'vi'
      ? 'Chỗ điền trong mẫu biên bản (.docx). {ten} thay bằng chữ; {#ds}…{/ds} lặp lại theo danh sách hoặc chỉ hiện khi điều kiện đúng; {^ds}…{/ds} chỉ hiện khi danh sách rỗng hoặc điều kiện sai. Dữ liệu sổ chưa có được để dòng chấm (……) để điền tay.'
      : 'Placeholders in minute templates (.docx). {name} is replaced by text; {#list}…{/list} repeats for each item or shows only when a condition holds; {^list}…{/list} shows only when the list is empty or the condition does not hold. Data the workbook lacks is left as a dotted blank (……) to fill by hand.',
  );
  for (const group of PLACEHOLDER_GROUPS) {
    lines.push('', `${group.title[lang]}:`);
    for (const p of group.items) {
      const form = p.kind === 'text' ? `{${p.name}}` : `{#${p.name}}…{/${p.name}}`;
      const kind =
        p.kind === 'list'
          ? lang === 'vi'
            ? ' [danh sách]'
            : ' [list]'
          : p.kind === 'condition'
            ? lang === 'vi'
              ? ' [điều kiện]'
              : ' [condition]'
            : '';
      const example = p.kind === 'text' && p.example ? (lang === 'vi' ? `  — ví dụ: ${p.example}` : `  — e.g. ${p.example}`) : '';
      lines.push(`  ${form}${kind}  ${p.description[lang]}${example}`);
      for (const field of p.fields ?? []) {
        lines.push(`      {${field.name}}  ${field.description[lang]}`);
      }
    }
  }
  return lines.join('\n');
}

/** The vocabulary as Markdown tables (Vietnamese, with the English meaning): the generated part of docs/templates.md. */
export function placeholdersMarkdown(): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const out: string[] = [];
  for (const group of PLACEHOLDER_GROUPS) {
    out.push(`### ${group.title.vi} (${group.title.en})`, '', '| Chỗ điền | Ý nghĩa | Meaning | Ví dụ |', '|---|---|---|---|');
    for (const p of group.items) {
      const form = p.kind === 'text' ? `\`{${p.name}}\`` : `\`{#${p.name}}…{/${p.name}}\``;
      const kind = p.kind === 'list' ? ' *(danh sách)*' : p.kind === 'condition' ? ' *(điều kiện)*' : '';
      out.push(`| ${form}${kind} | ${cell(p.description.vi)} | ${cell(p.description.en)} | ${cell(p.kind === 'text' ? p.example : '')} |`);
      for (const f of p.fields ?? []) {
        out.push(`| &nbsp;&nbsp;↳ \`{${f.name}}\` | ${cell(f.description.vi)} | ${cell(f.description.en)} | ${cell(f.example)} |`);
      }
    }
    out.push('');
  }
  return out.join('\n').trimEnd();
}
