// The one list of placeholders a document template may use, in groups. Each document kind (kinds.ts) names the
// groups its templates may draw from; docs/templates.md, `bxtd placeholders`, the template check and the data
// builders (data.ts, dossier-data.ts) all follow this list, and a test keeps them in step.
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
  /** A numbered series: `name_1` … `name_<count>` (the groups of a score table). */
  count?: number;
  /** A list inside a list item (the votes of one round). */
  fields?: Field[];
}

export interface Placeholder {
  name: string;
  kind: PlaceholderKind;
  description: Text;
  example: string; // what the sample workbook gives, or how a blank looks
  fields?: Field[]; // for lists: the placeholders usable inside {#name}…{/name}
}

export type GroupId =
  | 'bloc'
  | 'time'
  | 'roles'
  | 'attendance'
  | 'scores'
  | 'ballot'
  | 'conclusion'
  | 'handover'
  | 'dossier'
  | 'unit'
  // The province summary's Tờ trình (src/minutes/province.ts), not yet a registered kind (see kinds.ts):
  | 'provincePeriod'
  | 'provinceBlocs'
  | 'provinceAwards'
  | 'provincePending';

export interface PlaceholderGroup {
  id: GroupId;
  title: Text;
  items: Placeholder[];
}

/** The most ordinary groups a score table may have as columns of its own (`diem_nhom_1` …). */
export const MAX_GROUP_COLUMNS = 8;

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
const end = f('dau_cuoi', 'Dấu cuối mục: ";" hoặc "." ở mục cuối cùng', 'The item’s closing mark: ";" or "." after the last item', ';');
const line = [f('noi_dung', 'Nội dung', 'Text', ''), end];
const awardRow = [
  order,
  unitName,
  f('tong_diem', 'Tổng điểm, dấu phẩy thập phân', 'Total, decimal comma', '104,00'),
  f('hang', 'Xếp hạng', 'Rank', '1'),
  f('thu_hang', 'Thứ hạng bằng chữ', 'Rank in words', 'thứ nhất'),
  f('so_phieu', 'Số phiếu đồng ý (để trống khi chưa bỏ phiếu)', 'Votes in favour (a blank before the vote)', '10 (mười)'),
  f('ty_le', 'Tỷ lệ phiếu đồng ý trên tổng số đơn vị thành viên', 'Share of all member units', '90,9%'),
  f('phieu_ty_le', 'Số phiếu đồng ý trên tổng số đơn vị và tỷ lệ', 'Votes of all members and the share', '10/11 (90,9%)'),
  end,
];

export const PLACEHOLDER_GROUPS: PlaceholderGroup[] = [
  {
    id: 'bloc',
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
      t('ten_co', 'Tên đầy đủ của Cờ thi đua', 'The flag’s full name', 'Cờ thi đua của Ủy ban nhân dân tỉnh Đắk Lắk'),
      t(
        'ten_bang_khen',
        'Tên đầy đủ của Bằng khen (Bằng khen của Ủy ban nhân dân là của Chủ tịch)',
        'The Certificate’s full name (a People’s Committee’s is its Chairman’s)',
        'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk',
      ),
      t('nam', 'Năm thi đua', 'Emulation year', '2024'),
      t('nam_truoc', 'Năm trước', 'The year before', '2023'),
      t('nam_sau', 'Năm sau (nhiệm kỳ Khối trưởng mới)', 'Next year (the new head’s term)', '2025'),
      t('ky', 'Kỳ như ghi trong sổ', 'Period as written in the workbook', 'Năm'),
      t('ky_danh_gia', 'Kỳ đánh giá kèm năm', 'Period with its year', 'năm 2024'),
    ],
  },
  {
    id: 'time',
    title: { vi: 'Thời gian, địa điểm, chủ trì', en: 'Time, place, chair' },
    items: [
      t('ngay_hop', 'Ngày họp', 'Meeting date', 'ngày 09 tháng 01 năm 2025'),
      t(
        'dia_danh_ngay',
        'Dòng địa danh, ngày tháng của biên bản (in nghiêng)',
        'Place-and-date line of a minute (italics)',
        'Đắk Lắk, ngày 09 tháng 01 năm 2025',
      ),
      t(
        'dia_danh_ngay_lap',
        'Dòng địa danh, ngày tháng của văn bản lập sau cuộc họp (Tờ trình, báo cáo): ngày, tháng để trống',
        'Place-and-date line of a document made after the meeting (proposal, report): day and month left blank',
        'Đắk Lắk, ngày …… tháng …… năm 2025',
      ),
      t('dia_diem', 'Địa điểm họp', 'Meeting place', 'Hội trường Công an tỉnh'),
      t(
        'gio_bat_dau',
        'Giờ bắt đầu (sổ không ghi giờ: để trống điền tay)',
        'Start time (the workbook has no time: a blank)',
        '…… giờ …… phút',
      ),
      t('gio_ket_thuc', 'Giờ kết thúc (để trống điền tay)', 'End time (a blank to fill by hand)', '…… giờ …… phút'),
      t(
        'chu_tri',
        'Chủ trì (họ tên và chức vụ, không kèm "Ông", "Bà", "Đồng chí")',
        'Chair (name and title, no honorific)',
        'Đại tá Trần Minh Quang, Phó Giám đốc Công an tỉnh',
      ),
      t(
        'chu_tri_ho_ten',
        'Họ tên người chủ trì để ký (không kèm danh xưng và chức vụ; không phải họ tên thì để trống)',
        'Chair’s name for the signature (no honorific or title; a blank when it is not a name)',
        'Đại tá Trần Minh Quang',
      ),
      t('thu_ky', 'Thư ký', 'Secretary', 'Trung tá Nguyễn Thị Hạnh'),
      t('thu_ky_ho_ten', 'Họ tên thư ký để ký', 'Secretary’s name for the signature', 'Trung tá Nguyễn Thị Hạnh'),
      t(
        'ban_kiem_phieu',
        'Ban kiểm phiếu (sổ không ghi: để trống điền tay)',
        'Vote-counting committee (a blank to fill by hand)',
        '……………………',
      ),
      t('so_ban', 'Số bản biên bản được lập', 'Copies of a minute', '02 (hai)'),
    ],
  },
  {
    id: 'roles',
    title: { vi: 'Khối trưởng, Khối phó', en: 'Bloc head and deputy' },
    items: [
      t('khoi_truong', 'Đơn vị Khối trưởng kỳ này (bên giao)', 'This period’s head unit (handing over)', 'Công an tỉnh'),
      t('khoi_truong_hoa', 'Đơn vị Khối trưởng viết hoa', 'Head unit in capitals', 'CÔNG AN TỈNH'),
      t(
        'khoi_truong_dai_dien',
        'Người đại diện đơn vị Khối trưởng (họ tên)',
        'Head unit’s representative (name)',
        'Đại tá Trần Minh Quang',
      ),
      t('khoi_truong_chuc_vu', 'Chức vụ người đại diện đơn vị Khối trưởng', 'Head unit representative’s title', 'Phó Giám đốc'),
      t(
        'khoi_truong_thu_truong',
        'Thủ trưởng đơn vị Khối trưởng (cột Thủ trưởng; không có thì người đại diện)',
        'Head of the head unit (Thủ trưởng column; else its representative)',
        'Đại tá Lê Văn Hùng',
      ),
      t('khoi_pho', 'Đơn vị Khối phó kỳ này', 'This period’s deputy unit', 'Sở Tư pháp'),
      t('khoi_pho_dai_dien', 'Người đại diện đơn vị Khối phó', 'Deputy unit’s representative', 'Vũ Thị Mai'),
      t('khoi_pho_chuc_vu', 'Chức vụ người đại diện đơn vị Khối phó', 'Deputy unit representative’s title', 'Phó Giám đốc'),
      t(
        'khoi_truong_nam_sau',
        'Đơn vị Khối trưởng năm sau (bên nhận); để trống khi sổ chưa ghi',
        'Next year’s head unit (receiving); a blank when the workbook does not say',
        'Viện Kiểm sát nhân dân tỉnh',
      ),
      t('khoi_truong_nam_sau_dai_dien', 'Người đại diện đơn vị Khối trưởng năm sau', 'Next head’s representative', 'Nguyễn Thị Thu Hà'),
      t(
        'khoi_truong_nam_sau_chuc_vu',
        'Chức vụ người đại diện đơn vị Khối trưởng năm sau',
        'Next head representative’s title',
        'Phó Viện trưởng',
      ),
      t(
        'khoi_pho_nam_sau',
        'Đơn vị Khối phó năm sau; để trống khi sổ chưa ghi',
        'Next year’s deputy unit; a blank when the workbook does not say',
        'Trại giam Đắk Tân',
      ),
      t('khoi_pho_nam_sau_dai_dien', 'Người đại diện đơn vị Khối phó năm sau', 'Next deputy’s representative', 'Thượng tá Ngô Văn Phúc'),
      t('khoi_pho_nam_sau_chuc_vu', 'Chức vụ người đại diện đơn vị Khối phó năm sau', 'Next deputy representative’s title', 'Phó Giám thị'),
    ],
  },
  {
    id: 'attendance',
    title: { vi: 'Thành phần tham dự', en: 'Attendance' },
    items: [
      t('so_don_vi', 'Tổng số đơn vị thành viên (số và chữ)', 'Member units (numeral and words)', '11 (mười một)'),
      t('so_don_vi_co_mat', 'Số đơn vị có mặt', 'Units present', '10 (mười)'),
      t('so_don_vi_vang_mat', 'Số đơn vị vắng mặt', 'Units absent', '01 (một)'),
      l(
        'dai_bieu_moi',
        'Đại biểu mời (sổ chưa có: danh sách rỗng, dùng {^dai_bieu_moi}…{/dai_bieu_moi} để chừa dòng chấm)',
        'Invited delegates (not in the workbook: an empty list; use {^dai_bieu_moi}…{/dai_bieu_moi} for a dotted line)',
        [
          f('ho_ten', 'Họ và tên', 'Name', 'Nguyễn Văn D'),
          f('chuc_vu', 'Chức vụ, đơn vị', 'Title and body', 'Phó Giám đốc Sở Nội vụ'),
          end,
        ],
      ),
      l('don_vi', 'Tất cả đơn vị thành viên, theo thứ tự trong sổ', 'All member units, in workbook order', [
        order,
        unitName,
        f('ten_viet_tat', 'Tên viết tắt', 'Short name', 'CA'),
        f('dai_dien', 'Người đại diện (họ tên, không kèm "Ông", "Bà")', 'Representative (name, no honorific)', 'Nguyễn Thị Thu Hà'),
        f('chuc_vu', 'Chức vụ', 'Title', 'Phó Viện trưởng'),
        f('co_mat', '"Có mặt" hoặc "Vắng mặt"', '"Có mặt" (present) or "Vắng mặt" (absent)', 'Có mặt'),
        end,
      ]),
      l('don_vi_co_mat', 'Đơn vị có mặt', 'Units present', [
        order,
        unitName,
        f('dai_dien', 'Người đại diện', 'Representative', 'Nguyễn Thị Thu Hà'),
        f('chuc_vu', 'Chức vụ', 'Title', 'Phó Viện trưởng'),
        end,
      ]),
      l('don_vi_vang_mat', 'Đơn vị vắng mặt', 'Units absent', [order, unitName, end]),
      c('co_don_vi_vang_mat', 'Có đơn vị vắng mặt', 'Some unit is absent'),
    ],
  },
  {
    id: 'scores',
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
          f('tong_diem', 'Tổng điểm, dấu phẩy thập phân', 'Total, decimal comma', '104,00'),
          f('diem_co_ban', 'Điểm các nhóm tiêu chí (chưa kể thưởng, trừ)', 'Points of the ordinary groups', '99,00'),
          {
            ...f(
              'diem_nhom',
              'Điểm nhóm tiêu chí thứ 1, 2, … (nhóm I, II, …; trống khi không có)',
              'Points of ordinary group 1, 2, … (I, II, …; empty when none)',
              '39,50',
            ),
            count: MAX_GROUP_COLUMNS,
          },
          f('diem_cac_nhom', 'Điểm từng nhóm trên một dòng', 'Every group’s points on one line', 'I: 39,50; II: 30,00; III: 29,50'),
          f('diem_thuong', 'Điểm thưởng (sau mức trần)', 'Bonus (after its cap)', '5,00'),
          f('diem_tru', 'Điểm trừ (sau mức trần)', 'Deduction (after its cap)', '0,00'),
          f('so_phieu', 'Số phiếu đồng ý (để trống khi chưa bỏ phiếu)', 'Votes in favour (a blank before the vote)', '10 (mười)'),
          f('so_phieu_so', 'Số phiếu đồng ý, chỉ chữ số (ô bảng)', 'Votes in favour, numeral only (table cell)', '10'),
          f('ty_le_phieu', 'Tỷ lệ phiếu trên tổng số đơn vị thành viên', 'Share of all member units', '90,9%'),
          f(
            'de_nghi',
            '"Cờ thi đua", "Bằng khen", "Chờ Hội nghị quyết định" hoặc để trống',
            '"Cờ thi đua", "Bằng khen", "Chờ Hội nghị quyết định" (for the meeting) or empty',
            'Cờ thi đua',
          ),
          f(
            'ghi_chu',
            'Ghi chú ngắn: số ghi chú dưới bảng, "Không xét"',
            'Short note: the note numbers under the table, "Không xét"',
            '(1)',
          ),
        ],
      ),
      l('nhom', 'Các nhóm tiêu chí của bảng điểm', 'The criteria groups of the score table', [
        f('so_la_ma', 'Số La Mã của nhóm', 'The group’s Roman numeral', 'I'),
        f('ten_nhom', 'Tên nhóm', 'Group title', 'Thực hiện nhiệm vụ chính trị, chuyên môn được giao'),
        f('diem_chuan', 'Điểm chuẩn (tối đa) của nhóm', 'The group’s maximum', '40'),
        f('loai', '"thường", "thưởng" hoặc "trừ"', '"thường" (ordinary), "thưởng" (bonus) or "trừ" (deduction)', 'thường'),
        end,
      ]),
      l(
        'ghi_chu_bang_diem',
        'Ghi chú dưới bảng điểm: từng cặp đơn vị bằng tổng điểm và tiêu chí ưu tiên đã phân định, đơn vị không xét',
        'Notes under the score table: each pair of equal totals and the step that separated them, units not eligible',
        [f('ky_hieu', 'Số ghi chú', 'Note number', '(1)'), ...line],
      ),
      c('co_ghi_chu_bang_diem', 'Có ghi chú dưới bảng điểm', 'There are notes under the score table'),
      l('don_vi_khong_xet', 'Đơn vị không đủ điều kiện xét khen thưởng', 'Units not eligible for awards', [
        order,
        unitName,
        f('ly_do', 'Lý do', 'Reason', 'Có cán bộ lãnh đạo bị kỷ luật'),
        end,
      ]),
    ],
  },
  {
    id: 'ballot',
    title: { vi: 'Bỏ phiếu suy tôn', en: 'Ballot' },
    items: [
      c('co_phieu_bau', 'Sổ có kết quả bỏ phiếu (trang Phiếu bầu)', 'The workbook holds a ballot result'),
      t('phieu_phat_ra', 'Số phiếu phát ra', 'Ballots issued', '10 (mười)'),
      t('phieu_thu_ve', 'Số phiếu thu về', 'Ballots returned', '10 (mười)'),
      t('phieu_hop_le', 'Số phiếu hợp lệ', 'Valid ballots', '10 (mười)'),
      t('phieu_khong_hop_le', 'Số phiếu không hợp lệ (thu về trừ hợp lệ)', 'Invalid ballots (returned less valid)', '00 (không)'),
      t('nguong_phieu', 'Ngưỡng phiếu để đề nghị Cờ', 'Vote threshold for the flag', 'trên 50%'),
      t('ty_le_co_mat_toi_thieu', 'Tỷ lệ đơn vị có mặt tối thiểu', 'Quorum', 'từ 2/3 trở lên'),
      t(
        'ket_luan_co_mat',
        'Số đơn vị có mặt so với tỷ lệ tối thiểu, và kết quả bỏ phiếu có giá trị hay không',
        'Units present against the quorum, and whether the ballot counts',
        'Có mặt 10/11 đơn vị (90,9%), đạt tỷ lệ tối thiểu từ 2/3 trở lên: kết quả bỏ phiếu có giá trị.',
      ),
      l(
        'ket_qua_phieu',
        'Kết quả bỏ phiếu lần thứ nhất từng đơn vị (chưa bỏ phiếu: các đơn vị được giới thiệu, số phiếu để trống)',
        'First-round votes per unit (before the vote: the units put forward, figures blank)',
        [
          order,
          unitName,
          f('so_phieu', 'Số phiếu đồng ý', 'Votes in favour', '10 (mười)'),
          f('ty_le', 'Tỷ lệ trên tổng số đơn vị thành viên', 'Share of all member units', '90,9%'),
          f('khong_dong_y', 'Số phiếu không đồng ý', 'Votes against', '00 (không)'),
          end,
        ],
      ),
      l(
        'vong_bo_phieu',
        'Các lần bỏ phiếu: lần thứ nhất và bỏ phiếu lại (trang Phiếu bầu, bảng "Bỏ phiếu lại"); chưa bỏ phiếu: một lần, số liệu để trống',
        'The rounds: the first vote and the revote (`Bỏ phiếu lại` table); before the vote: one round with blank figures',
        [
          f('ten_vong', 'Tên lần bỏ phiếu', 'Round name', 'Lần thứ nhất'),
          f('phat_ra', 'Số phiếu phát ra', 'Ballots issued', '10 (mười)'),
          f('thu_ve', 'Số phiếu thu về', 'Ballots returned', '10 (mười)'),
          f('hop_le', 'Số phiếu hợp lệ', 'Valid ballots', '10 (mười)'),
          f('khong_hop_le', 'Số phiếu không hợp lệ', 'Invalid ballots', '00 (không)'),
          {
            ...f(
              'phieu',
              'Số phiếu từng đơn vị của lần này (danh sách lồng: đặt trong một dòng bảng)',
              'Votes per unit in this round (a nested list: put it in a table row)',
              '',
            ),
            fields: [
              order,
              unitName,
              f('dong_y', 'Số phiếu đồng ý', 'Votes in favour', '10 (mười)'),
              f('ty_le_dong_y', 'Tỷ lệ đồng ý trên tổng số đơn vị thành viên', 'Share in favour of all members', '90,9%'),
              f('khong_dong_y', 'Số phiếu không đồng ý', 'Votes against', '00 (không)'),
              f('ty_le_khong_dong_y', 'Tỷ lệ không đồng ý', 'Share against', '0%'),
              end,
            ],
          },
          f(
            'ket_qua',
            'Kết quả của lần bỏ phiếu so với tỷ lệ phiếu đồng ý cần đạt và tỷ lệ có mặt',
            'What this round decided against the threshold and the quorum',
            'Công an tỉnh được 10/11 phiếu đồng ý (90,9%), đạt tỷ lệ trên 50% tổng số đơn vị thành viên.',
          ),
        ],
      ),
      c('co_bo_phieu_lai', 'Có lần bỏ phiếu lại', 'There was a revote'),
      l('ung_vien', 'Đơn vị ghi trên phiếu bầu suy tôn Cờ thi đua (theo thứ hạng)', 'Units on the ballot paper for the flag (by rank)', [
        order,
        unitName,
        f('tong_diem', 'Tổng điểm', 'Total', '104,00'),
        f('hang', 'Xếp hạng', 'Rank', '1'),
      ]),
      t('so_suat_co', 'Số đơn vị được suy tôn trên phiếu bầu', 'Units to be acclaimed on the ballot paper', '01 (một)'),
      t(
        'tieu_de_phieu_bau',
        'Dòng dưới tiêu đề phiếu bầu',
        'The ballot paper’s subtitle',
        'Suy tôn đơn vị dẫn đầu phong trào thi đua năm 2024',
      ),
      c('la_phieu_bau_lai', 'Phiếu bầu là phiếu bỏ phiếu lại giữa các đơn vị bằng điểm', 'The ballot paper is a revote among tied units'),
    ],
  },
  {
    id: 'conclusion',
    title: { vi: 'Kết luận', en: 'Conclusion' },
    items: [
      t(
        'ket_luan_co',
        'Kết luận về Cờ thi đua, đúng theo kết quả (đề nghị, chờ bỏ phiếu, không đủ tỷ lệ có mặt, chưa đủ tỷ lệ phiếu đồng ý, bằng điểm chờ bỏ phiếu lại)',
        'Conclusion on the flag, true to the outcome (proposed, pending the vote, no quorum, below the threshold, a tie for a revote)',
        'Căn cứ kết quả chấm điểm và kết quả bỏ phiếu, Hội nghị thống nhất suy tôn Công an tỉnh …',
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
      t('so_co', 'Số đơn vị đề nghị tặng Cờ thi đua', 'Units proposed for the flag', '01 (một)'),
      l('don_vi_co', 'Đơn vị đề nghị tặng Cờ thi đua', 'Units proposed for the flag', awardRow),
      t('so_bang_khen', 'Số đơn vị đề nghị tặng Bằng khen', 'Units proposed for Certificates', '04 (bốn)'),
      t('so_bang_khen_toi_da', 'Số Bằng khen theo quy tắc', 'Certificates the rules allow', '04 (bốn)'),
      l('don_vi_bang_khen', 'Đơn vị đề nghị tặng Bằng khen, theo thứ hạng', 'Units proposed for Certificates, by rank', awardRow),
      c('co_bang_khen', 'Có đơn vị được đề nghị tặng Bằng khen', 'Some unit is proposed for a Certificate'),
      t(
        'ket_luan_bang_khen',
        'Kết luận về Bằng khen (kể cả suất còn chờ Hội nghị quyết định)',
        'Conclusion on Certificates (including places the meeting must still decide)',
        'Đề nghị Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk tặng Bằng khen cho 04 (bốn) đơn vị, gồm:',
      ),
      l(
        'phan_dinh',
        'Các trường hợp bằng tổng điểm được phân định bằng tiêu chí ưu tiên và quyết định việc đề nghị khen thưởng',
        'Equal totals separated by a tie-break step where that step decided an award',
        line,
      ),
      c('co_phan_dinh', 'Có trường hợp bằng điểm quyết định việc khen thưởng', 'A tie-break decided an award'),
      l(
        'viec_can_quyet_dinh',
        'Việc Hội nghị còn phải quyết định (bỏ phiếu, bỏ phiếu lại, bằng điểm ở suất cuối): viết là việc cần làm, không phải kết quả',
        'What the meeting must still decide (vote, revote, a tie at the last place): written as what to do, never as a result',
        line,
      ),
      c('co_viec_can_quyet_dinh', 'Còn việc Hội nghị phải quyết định', 'The meeting must still decide something'),
      t(
        'ket_luan_khoi_truong',
        'Câu về Khối trưởng, Khối phó năm sau ("Hội nghị thống nhất đề nghị …")',
        'The sentence on next year’s head and deputy ("Hội nghị thống nhất đề nghị …")',
        'Hội nghị thống nhất đề nghị Viện Kiểm sát nhân dân tỉnh làm Khối trưởng và Trại giam Đắk Tân làm Khối phó Khối thi đua số 3 năm 2025.',
      ),
      l(
        'luu_y',
        'Những điều hội nghị cần quyết định hoặc lưu ý (từ kết quả tính điểm)',
        'What the meeting must decide or know (from the scoring)',
        line,
      ),
      c('co_luu_y', 'Có điều cần lưu ý', 'There is something to note'),
    ],
  },
  {
    id: 'handover',
    title: { vi: 'Bàn giao Khối trưởng', en: 'Handover of the bloc head' },
    items: [
      t(
        'ben_giao_kiem',
        'Vai trò khác của đơn vị bên giao trong năm sau, nếu có (", đồng thời là đơn vị Khối phó năm 2025")',
        'The handing-over unit’s other role next year, if any',
        '',
      ),
      t(
        'ben_nhan_kiem',
        'Vai trò khác của đơn vị bên nhận trong năm nay, nếu có (", đồng thời là đơn vị Khối phó năm 2024")',
        'The receiving unit’s other role this year, if any',
        ', đồng thời là đơn vị Khối phó năm 2024',
      ),
      l(
        'chung_kien',
        'Đơn vị chứng kiến: Khối phó năm nay và năm sau, mỗi đơn vị một lần (trừ bên giao, bên nhận)',
        'Witness units: this year’s and next year’s deputy, each once (not the two parties)',
        [
          f('vai_tro', 'Vai trò', 'Role', 'Đơn vị Khối phó năm 2025'),
          unitName,
          f('dai_dien', 'Người đại diện', 'Representative', 'Ngô Văn Phúc'),
          f('chuc_vu', 'Chức vụ', 'Title', 'Phó Giám thị'),
          end,
        ],
      ),
      l(
        'chu_ky_ban_giao',
        'Chữ ký, hai người một dòng: bên giao, bên nhận, rồi các đơn vị chứng kiến, mỗi đơn vị ký một lần',
        'Signatures, two a row: handing over, receiving, then the witness units, each unit signing once',
        [
          f('trai_vai_tro', 'Chức danh ký bên trái', 'Left signer’s heading', 'ĐẠI DIỆN BÊN GIAO'),
          f('trai_ghi_chu', 'Ghi chú dưới chức danh bên trái', 'Left note', '(Ký, ghi rõ họ tên, đóng dấu)'),
          f('trai_ho_ten', 'Họ tên bên trái', 'Left name', 'Đại tá Trần Minh Quang'),
          f('phai_vai_tro', 'Chức danh ký bên phải', 'Right signer’s heading', 'ĐẠI DIỆN BÊN NHẬN'),
          f('phai_ghi_chu', 'Ghi chú dưới chức danh bên phải', 'Right note', '(Ký, ghi rõ họ tên, đóng dấu)'),
          f('phai_ho_ten', 'Họ tên bên phải', 'Right name', 'Nguyễn Thị Thu Hà'),
        ],
      ),
    ],
  },
  {
    id: 'dossier',
    title: { vi: 'Hồ sơ đề nghị khen thưởng', en: 'Award dossier' },
    items: [
      t(
        'trich_yeu_to_trinh',
        'Trích yếu của Tờ trình',
        'The proposal’s subject line',
        'Về việc đề nghị tặng Cờ thi đua và Bằng khen cho các đơn vị thuộc Khối thi đua số 3 năm 2024',
      ),
      l(
        'kinh_gui',
        'Nơi được kính gửi: cơ quan khen thưởng, rồi Nơi nhận hồ sơ (trang Thông tin) nếu có',
        'Addressees: the awarding body, then `Nơi nhận hồ sơ` (Thông tin sheet) if given',
        line,
      ),
      c(
        'kinh_gui_nhieu',
        'Tờ trình gửi nhiều nơi (dùng danh sách kinh_gui); nếu không, một dòng "Kính gửi: {co_quan_khen_thuong}."',
        'More than one addressee (use the kinh_gui list); else one line "Kính gửi: {co_quan_khen_thuong}."',
      ),
      t(
        'noi_nhan_ho_so',
        'Nơi nhận hồ sơ (trang Thông tin)',
        'Where the dossier goes (Thông tin sheet)',
        'Sở Nội vụ tỉnh Đắk Lắk (Ban Thi đua - Khen thưởng)',
      ),
      t('so_don_vi_de_nghi', 'Tổng số đơn vị được đề nghị khen thưởng', 'Units proposed for an award', '05 (năm)'),
      l('ho_so_kem_theo', 'Tài liệu kèm theo Tờ trình', 'Documents attached to the proposal', line),
      l('noi_nhan', 'Nơi nhận của Tờ trình', 'Distribution list of the proposal', line),
    ],
  },
  {
    id: 'unit',
    title: { vi: 'Báo cáo thành tích của một đơn vị', en: 'One unit’s achievement report' },
    items: [
      t('dv_ten', 'Tên đơn vị', 'Unit name', 'Công an tỉnh'),
      t(
        'dv_ten_day_du',
        'Tên đơn vị kèm tên tỉnh khi tên kết thúc bằng "tỉnh"',
        'Unit name with the province when it ends in "tỉnh"',
        'Công an tỉnh Đắk Lắk',
      ),
      t('dv_ten_hoa', 'Tên đầy đủ viết hoa (đầu văn bản)', 'Full name in capitals (document head)', 'CÔNG AN TỈNH ĐẮK LẮK'),
      t('dv_dia_chi', 'Địa chỉ trụ sở (cột Địa chỉ, trang Đơn vị)', 'Address (Địa chỉ column)', '…………………………'),
      t('dv_dien_thoai', 'Điện thoại (cột Điện thoại)', 'Phone (Điện thoại column)', '…………………………'),
      t('dv_thu_truong', 'Thủ trưởng đơn vị (cột Thủ trưởng), họ tên', 'The unit’s head (Thủ trưởng column), name', '…………………………'),
      t('dv_hinh_thuc', 'Hình thức khen thưởng đề nghị', 'The award proposed', 'Cờ thi đua của Ủy ban nhân dân tỉnh Đắk Lắk'),
      t(
        'dv_hinh_thuc_hoa',
        'Hình thức khen thưởng viết hoa (tiêu đề)',
        'The award in capitals (title)',
        'CỜ THI ĐUA CỦA ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK',
      ),
      t('dv_tong_diem', 'Tổng điểm', 'Total', '104,00'),
      t('dv_hang', 'Xếp hạng', 'Rank', '1'),
      t('dv_thu_hang', 'Thứ hạng bằng chữ', 'Rank in words', 'thứ nhất'),
      t('dv_so_phieu', 'Số phiếu đồng ý', 'Votes in favour', '10 (mười)'),
      t('dv_ty_le', 'Tỷ lệ phiếu đồng ý', 'Share of votes', '90,9%'),
      t('dv_diem_thuong', 'Điểm thưởng', 'Bonus', '5,00'),
      t('dv_diem_tru', 'Điểm trừ', 'Deduction', '0,00'),
      l('dv_diem_nhom', 'Điểm của đơn vị theo từng nhóm tiêu chí', 'The unit’s points per criteria group', [
        f('so_la_ma', 'Số La Mã của nhóm', 'The group’s Roman numeral', 'I'),
        f('ten_nhom', 'Tên nhóm', 'Group title', 'Thực hiện nhiệm vụ chính trị, chuyên môn được giao'),
        f('diem_chuan', 'Điểm chuẩn', 'Maximum', '40'),
        f('diem', 'Điểm đạt', 'Points', '39,50'),
      ]),
      t(
        'dv_ket_luan',
        'Kết luận của Khối về đơn vị',
        'The bloc’s conclusion on the unit',
        'Khối thi đua số 3 thống nhất suy tôn Công an tỉnh là đơn vị dẫn đầu … (104,00 điểm, xếp thứ nhất/11 đơn vị; 10/11 phiếu đồng ý, đạt 90,9%).',
      ),
      c(
        'dv_co_nam_truoc',
        'Đơn vị đã nhận Cờ thi đua năm trước (cột Cờ năm trước)',
        'The unit had the flag last period (Cờ năm trước column)',
      ),
    ],
  },
];

export const PLACEHOLDERS: Placeholder[] = PLACEHOLDER_GROUPS.flatMap((g) => g.items);

/** The names a field stands for: itself, or `name_1` … `name_<count>` for a series. */
export function fieldNames(field: Field): string[] {
  return field.count ? Array.from({ length: field.count }, (_, i) => `${field.name}_${i + 1}`) : [field.name];
}

/** The field of a list called `name` (a member of a series included), if any. */
export function findField(fields: readonly Field[] | undefined, name: string): Field | undefined {
  return fields?.find((x) => fieldNames(x).includes(name));
}

/** The placeholders of these groups. */
export function placeholdersOf(groups: readonly GroupId[]): Placeholder[] {
  return PLACEHOLDER_GROUPS.filter((g) => groups.includes(g.id)).flatMap((g) => g.items);
}

function form(p: Placeholder | Field, kind: PlaceholderKind): string {
  if ('count' in p && p.count) return `{${p.name}_1} … {${p.name}_${p.count}}`;
  return kind === 'text' ? `{${p.name}}` : `{#${p.name}}…{/${p.name}}`;
}

/** The vocabulary as plain text: what `bxtd placeholders` prints, each group with the documents that may use it. */
export function placeholdersText(lang: Lang, usedBy: (group: GroupId) => string[] = () => []): string {
  const lines: string[] = [];
  lines.push(
    lang === 'vi'
      ? 'Chỗ điền trong mẫu văn bản (.docx). {ten} thay bằng chữ; {#ds}…{/ds} lặp lại theo danh sách hoặc chỉ hiện khi điều kiện đúng; {^ds}…{/ds} chỉ hiện khi danh sách rỗng hoặc điều kiện sai. Dữ liệu sổ chưa có được để dòng chấm (……) để điền tay.'
      : 'Placeholders in document templates (.docx). {name} is replaced by text; {#list}…{/list} repeats for each item or shows only when a condition holds; {^list}…{/list} shows only when the list is empty or the condition does not hold. Data the workbook lacks is left as a dotted blank (……) to fill by hand.',
  );
  const kindLabel = (k: PlaceholderKind) =>
    k === 'list'
      ? lang === 'vi'
        ? ' [danh sách]'
        : ' [list]'
      : k === 'condition'
        ? lang === 'vi'
          ? ' [điều kiện]'
          : ' [condition]'
        : '';
  const printFields = (fields: Field[], indent: string) => {
    for (const field of fields) {
      lines.push(
        `${indent}${form(field, field.fields ? 'list' : 'text')}${field.fields ? kindLabel('list') : ''}  ${field.description[lang]}`,
      );
      if (field.fields) printFields(field.fields, `${indent}    `);
    }
  };
  for (const group of PLACEHOLDER_GROUPS) {
    const docs = usedBy(group.id);
    const scope = docs.length ? ` (${lang === 'vi' ? 'dùng trong' : 'used in'}: ${docs.join(', ')})` : '';
    lines.push('', `${group.title[lang]}${scope}:`);
    for (const p of group.items) {
      const example = p.kind === 'text' && p.example ? (lang === 'vi' ? `  — ví dụ: ${p.example}` : `  — e.g. ${p.example}`) : '';
      lines.push(`  ${form(p, p.kind)}${kindLabel(p.kind)}  ${p.description[lang]}${example}`);
      printFields(p.fields ?? [], '      ');
    }
  }
  return lines.join('\n');
}

/** The vocabulary as Markdown tables (Vietnamese, with the English meaning): the generated part of docs/templates.md. */
export function placeholdersMarkdown(usedBy: (group: GroupId) => string[] = () => []): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const code = (p: Placeholder | Field, kind: PlaceholderKind) => `\`${form(p, kind)}\``;
  const out: string[] = [];
  for (const group of PLACEHOLDER_GROUPS) {
    out.push(`### ${group.title.vi} (${group.title.en})`, '');
    const docs = usedBy(group.id);
    if (docs.length) out.push(`Dùng trong (used in): ${docs.join(', ')}.`, '');
    out.push('| Chỗ điền | Ý nghĩa | Meaning | Ví dụ |', '|---|---|---|---|');
    const fieldRows = (fields: Field[], depth: number) => {
      for (const x of fields) {
        const arrow = `${'&nbsp;&nbsp;'.repeat(depth)}↳ `;
        const kind = x.fields ? 'list' : 'text';
        out.push(
          `| ${arrow}${code(x, kind)}${x.fields ? ' *(danh sách)*' : ''} | ${cell(x.description.vi)} | ${cell(x.description.en)} | ${cell(x.example)} |`,
        );
        if (x.fields) fieldRows(x.fields, depth + 1);
      }
    };
    for (const p of group.items) {
      const kind = p.kind === 'list' ? ' *(danh sách)*' : p.kind === 'condition' ? ' *(điều kiện)*' : '';
      out.push(
        `| ${code(p, p.kind)}${kind} | ${cell(p.description.vi)} | ${cell(p.description.en)} | ${cell(p.kind === 'text' ? p.example : '')} |`,
      );
      fieldRows(p.fields ?? [], 1);
    }
    out.push('');
  }
  return out.join('\n').trimEnd();
}
