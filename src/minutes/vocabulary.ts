// The one list of placeholders a document template may use, in groups; each document kind (kinds.ts) names the
// groups its templates may draw from. The list is typed: every group below is an object of specs, and the data a
// group is filled with has the type derived from it (GroupData): a builder that leaves a name out, adds one, or
// gives a list where text is expected does not compile. docs/templates.md, `bxtd placeholders` and the template
// check follow the same list.
//
// Syntax (docxtemplater): {name} is replaced by text; {#name}…{/name} repeats for each item of a list, or shows its
// content only when a condition holds; {^name}…{/name} shows its content only when the list is empty or the
// condition does not hold. Nothing else is evaluated: there are no expressions, filters or raw XML.

import type { Lang, Text } from '../domain/model';

export type PlaceholderKind = 'text' | 'condition' | 'list';

interface Described {
  description: Text;
  example: string; // what the sample workbook gives, or how a blank looks
}
export interface TextSpec extends Described {
  kind: 'text';
}
export interface ConditionSpec extends Described {
  kind: 'condition';
}
/** A numbered series inside a list item: `name_1` … `name_<n>` (the groups of a score table). */
export interface SeriesSpec extends Described {
  kind: 'series';
}
export interface ListSpec<F extends FieldSpecs = FieldSpecs> extends Described {
  kind: 'list';
  fields: F;
}
/** The fields of a list item: text, a numbered series, or a list inside the item (the votes of one round). */
export interface FieldSpecs {
  [name: string]: TextSpec | SeriesSpec | ListSpec;
}
export interface ItemSpecs {
  [name: string]: TextSpec | ConditionSpec | ListSpec;
}

/** The columns a score table may give ordinary groups of its own (`diem_nhom_1` … `diem_nhom_8`). */
export const SERIES_INDEXES = [1, 2, 3, 4, 5, 6, 7, 8] as const;
export type SeriesIndex = (typeof SERIES_INDEXES)[number];
export const MAX_GROUP_COLUMNS = SERIES_INDEXES.length;

/** The values of a list item with these fields. */
export type RowOf<F extends FieldSpecs> = {
  [K in keyof F as F[K] extends SeriesSpec ? `${K & string}_${SeriesIndex}` : K]: F[K] extends ListSpec<infer G> ? RowOf<G>[] : string;
};
/** The values of a group with these items: text, yes/no, lists of rows. */
export type DataOf<I extends ItemSpecs> = {
  [K in keyof I]: I[K] extends ListSpec<infer F> ? RowOf<F>[] : I[K] extends ConditionSpec ? boolean : string;
};

const text = (vi: string, en: string, example: string): TextSpec => ({ kind: 'text', description: { vi, en }, example });
const condition = (vi: string, en: string): ConditionSpec => ({ kind: 'condition', description: { vi, en }, example: 'true / false' });
const series = (vi: string, en: string, example: string): SeriesSpec => ({ kind: 'series', description: { vi, en }, example });
const list = <F extends FieldSpecs>(vi: string, en: string, fields: F): ListSpec<F> => ({
  kind: 'list',
  description: { vi, en },
  example: '',
  fields,
});
const group = <I extends ItemSpecs>(vi: string, en: string, items: I) => ({ title: { vi, en }, items });

const ORDER = text('Số thứ tự trong danh sách (1, 2, ...)', 'Position in the list (1, 2, ...)', '1');
const UNIT_NAME = text('Tên đơn vị', 'Unit name', 'Công an tỉnh');
const END = text('Dấu cuối mục: ";" hoặc "." ở mục cuối cùng', 'The item’s closing mark: ";" or "." after the last item', ';');
const LINE = { noi_dung: text('Nội dung', 'Text', ''), dau_cuoi: END };
/** A unit in the province's lists: its bloc and its total there. */
const UNIT_BLOC = text('Khối thi đua của đơn vị', 'The unit’s bloc', 'Khối thi đua số 3');
const UNIT_BLOC_TOTAL = text('Tổng điểm trong Khối, dấu phẩy thập phân', 'Total in its bloc, decimal comma', '104,00');
const AWARD_ROW = {
  stt: ORDER,
  ten_don_vi: UNIT_NAME,
  tong_diem: text('Tổng điểm, dấu phẩy thập phân', 'Total, decimal comma', '104,00'),
  hang: text('Xếp hạng', 'Rank', '1'),
  thu_hang: text('Thứ hạng bằng chữ', 'Rank in words', 'thứ nhất'),
  so_phieu: text('Số phiếu đồng ý (để trống khi chưa bỏ phiếu)', 'Votes in favour (a blank before the vote)', '10 (mười)'),
  ty_le: text('Tỷ lệ phiếu đồng ý trên tổng số đơn vị thành viên', 'Share of all member units', '90,9%'),
  phieu_ty_le: text('Số phiếu đồng ý trên tổng số đơn vị và tỷ lệ', 'Votes of all members and the share', '10/11 (90,9%)'),
  dau_cuoi: END,
};

/** Every group, in the order the docs list them. */
const GROUPS = {
  bloc: group('Khối và kỳ thi đua', 'Bloc and period', {
    ten_khoi: text('Tên khối', 'Bloc name', 'Khối thi đua số 3'),
    ten_khoi_hoa: text('Tên khối viết hoa (tên cơ quan ban hành)', 'Bloc name in capitals (issuing body)', 'KHỐI THI ĐUA SỐ 3'),
    tinh: text('Tỉnh (địa danh của văn bản)', 'Province (the place name of the document)', 'Đắk Lắk'),
    co_quan_khen_thuong: text('Cơ quan khen thưởng', 'Awarding body', 'Ủy ban nhân dân tỉnh Đắk Lắk'),
    co_quan_chu_quan_hoa: text(
      'Cơ quan chủ quản ở đầu văn bản: cơ quan khen thưởng viết hoa, "Ủy ban nhân dân" viết tắt UBND',
      'Managing body for the document head: the awarding body in capitals, "Ủy ban nhân dân" shortened to UBND',
      'UBND TỈNH ĐẮK LẮK',
    ),
    ten_co: text('Tên đầy đủ của Cờ thi đua', 'The flag’s full name', 'Cờ thi đua của Ủy ban nhân dân tỉnh Đắk Lắk'),
    ten_bang_khen: text(
      'Tên đầy đủ của Bằng khen (Bằng khen của Ủy ban nhân dân là của Chủ tịch)',
      'The Certificate’s full name (a People’s Committee’s is its Chairman’s)',
      'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk',
    ),
    nam: text('Năm thi đua', 'Emulation year', '2024'),
    nam_truoc: text('Năm trước', 'The year before', '2023'),
    nam_sau: text('Năm sau (nhiệm kỳ Khối trưởng mới)', 'Next year (the new head’s term)', '2025'),
    ky: text('Kỳ như ghi trong sổ', 'Period as written in the workbook', 'Năm'),
    ky_danh_gia: text('Kỳ đánh giá kèm năm', 'Period with its year', 'năm 2024'),
    khoi: text('"Khối" hoặc "Cụm" (theo tên khối, hoặc mục Loại ở trang Thông tin)', '"Khối" or "Cụm" (from the name, or `Loại`)', 'Khối'),
    khoi_thi_dua: text('"Khối thi đua" hoặc "Cụm thi đua"', '"Khối thi đua" or "Cụm thi đua"', 'Khối thi đua'),
    chuc_danh_truong: text('"Khối trưởng" hoặc "Cụm trưởng"', 'The head’s title: "Khối trưởng" or "Cụm trưởng"', 'Khối trưởng'),
    chuc_danh_truong_hoa: text('Chức danh trưởng viết hoa (khối chữ ký)', 'The head’s title in capitals (signature)', 'KHỐI TRƯỞNG'),
    chuc_danh_pho: text('"Khối phó" hoặc "Cụm phó"', 'The deputy’s title', 'Khối phó'),
    ky_hieu: text('Chữ viết tắt trong số, ký hiệu văn bản: "KTĐ" hoặc "CTĐ"', 'The abbreviation in document numbers', 'KTĐ'),
    quy_che: text('"quy chế của Khối" hoặc "quy chế của Cụm"', 'The bloc’s regulation, in a sentence', 'quy chế của Khối'),
    hoi_nghi: text(
      '"tổng kết" (cả năm) hoặc "sơ kết" (6 tháng, quý)',
      '"tổng kết" (the year) or "sơ kết" (half-year, quarter)',
      'tổng kết',
    ),
    la_tong_ket: condition(
      'Hội nghị tổng kết năm: có suy tôn, khen thưởng, bàn giao Khối trưởng (không: hội nghị sơ kết, chỉ xếp hạng)',
      'A year-end review: awards, ballot, handover of the head (otherwise an interim review: ranking only)',
    ),
    can_cu: list(
      'Căn cứ pháp lý theo ngày họp (luật, nghị định có hiệu lực), hoặc các dòng Căn cứ của trang Thông tin, mỗi căn cứ một dòng',
      'The legal grounds in force on the meeting date, or the `Căn cứ` rows of Thông tin, one a line',
      LINE,
    ),
  }),
  time: group('Thời gian, địa điểm, chủ trì', 'Time, place, chair', {
    ngay_hop: text('Ngày họp', 'Meeting date', 'ngày 09 tháng 01 năm 2025'),
    tieu_de_bien_ban: text(
      'Dòng dưới chữ BIÊN BẢN: tên hội nghị, ngắt dòng ở chỗ hợp lý',
      'The line under BIÊN BẢN: the meeting’s name, broken at sensible places',
      'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024\nbình xét, suy tôn đơn vị dẫn đầu',
    ),
    hoi_nghi_noi_dung: text(
      'Hội nghị và việc của hội nghị, trong câu mở đầu biên bản',
      'The meeting and its business, in the minute’s opening sentence',
      'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024; bình xét, suy tôn đơn vị dẫn đầu và đề nghị khen thưởng',
    ),
    dia_danh_ngay: text(
      'Dòng địa danh, ngày tháng của biên bản (in nghiêng)',
      'Place-and-date line of a minute (italics)',
      'Đắk Lắk, ngày 09 tháng 01 năm 2025',
    ),
    dia_danh_ngay_lap: text(
      'Dòng địa danh, ngày tháng của văn bản lập sau cuộc họp (Tờ trình, báo cáo): ngày, tháng để trống',
      'Place-and-date line of a document made after the meeting (proposal, report): day and month left blank',
      'Đắk Lắk, ngày …… tháng …… năm 2025',
    ),
    dia_diem: text('Địa điểm họp', 'Meeting place', 'Hội trường Công an tỉnh'),
    gio_bat_dau: text(
      'Giờ bắt đầu (sổ không ghi giờ: để trống điền tay)',
      'Start time (the workbook has no time: a blank)',
      '…… giờ …… phút',
    ),
    gio_ket_thuc: text('Giờ kết thúc (để trống điền tay)', 'End time (a blank to fill by hand)', '…… giờ …… phút'),
    chu_tri: text(
      'Chủ trì (họ tên và chức vụ, không kèm "Ông", "Bà", "Đồng chí")',
      'Chair (name and title, no honorific)',
      'Đại tá Trần Minh Quang, Phó Giám đốc Công an tỉnh',
    ),
    chu_tri_ho_ten: text(
      'Họ tên người chủ trì để ký (không kèm danh xưng và chức vụ; không phải họ tên thì để trống)',
      'Chair’s name for the signature (no honorific or title; a blank when it is not a name)',
      'Đại tá Trần Minh Quang',
    ),
    thu_ky: text('Thư ký', 'Secretary', 'Trung tá Nguyễn Thị Hạnh'),
    thu_ky_ho_ten: text('Họ tên thư ký để ký', 'Secretary’s name for the signature', 'Trung tá Nguyễn Thị Hạnh'),
    ban_kiem_phieu: text(
      'Ban kiểm phiếu (sổ không ghi: để trống điền tay)',
      'Vote-counting committee (a blank to fill by hand)',
      '……………………',
    ),
    so_ban: text('Số bản biên bản được lập', 'Copies of a minute', '02 (hai)'),
  }),
  roles: group('Khối trưởng, Khối phó', 'Bloc head and deputy', {
    khoi_truong: text('Đơn vị Khối trưởng kỳ này (bên giao)', 'This period’s head unit (handing over)', 'Công an tỉnh'),
    khoi_truong_hoa: text('Đơn vị Khối trưởng viết hoa', 'Head unit in capitals', 'CÔNG AN TỈNH'),
    khoi_truong_dai_dien: text('Người đại diện đơn vị Khối trưởng (họ tên)', 'Head unit’s representative (name)', 'Đại tá Trần Minh Quang'),
    khoi_truong_chuc_vu: text('Chức vụ người đại diện đơn vị Khối trưởng', 'Head unit representative’s title', 'Phó Giám đốc'),
    khoi_truong_thu_truong: text(
      'Thủ trưởng đơn vị Khối trưởng (cột Thủ trưởng; không có thì người đại diện)',
      'Head of the head unit (Thủ trưởng column; else its representative)',
      'Đại tá Lê Văn Hùng',
    ),
    khoi_truong_chuc_vu_ky: text(
      'Chức vụ người ký của đơn vị Khối trưởng, viết hoa (dưới "KHỐI TRƯỞNG"): chức vụ ghi sau họ tên ở cột Thủ trưởng, không có thì chức danh thường dùng của loại đơn vị',
      'The signer’s position in capitals (under "KHỐI TRƯỞNG"): the title after the name in `Thủ trưởng`, else the usual title for such a unit',
      'GIÁM ĐỐC CÔNG AN TỈNH',
    ),
    khoi_pho: text('Đơn vị Khối phó kỳ này', 'This period’s deputy unit', 'Sở Tư pháp'),
    khoi_pho_dai_dien: text('Người đại diện đơn vị Khối phó', 'Deputy unit’s representative', 'Vũ Thị Mai'),
    khoi_pho_chuc_vu: text('Chức vụ người đại diện đơn vị Khối phó', 'Deputy unit representative’s title', 'Phó Giám đốc'),
    khoi_truong_nam_sau: text(
      'Đơn vị Khối trưởng năm sau (bên nhận); để trống khi sổ chưa ghi',
      'Next year’s head unit (receiving); a blank when the workbook does not say',
      'Viện Kiểm sát nhân dân tỉnh',
    ),
    khoi_truong_nam_sau_dai_dien: text('Người đại diện đơn vị Khối trưởng năm sau', 'Next head’s representative', 'Nguyễn Thị Thu Hà'),
    khoi_truong_nam_sau_chuc_vu: text(
      'Chức vụ người đại diện đơn vị Khối trưởng năm sau',
      'Next head representative’s title',
      'Phó Viện trưởng',
    ),
    khoi_pho_nam_sau: text(
      'Đơn vị Khối phó năm sau; để trống khi sổ chưa ghi',
      'Next year’s deputy unit; a blank when the workbook does not say',
      'Trại giam Đắk Tân',
    ),
    khoi_pho_nam_sau_dai_dien: text('Người đại diện đơn vị Khối phó năm sau', 'Next deputy’s representative', 'Thượng tá Ngô Văn Phúc'),
    khoi_pho_nam_sau_chuc_vu: text('Chức vụ người đại diện đơn vị Khối phó năm sau', 'Next deputy representative’s title', 'Phó Giám thị'),
    don_vi_dang_cai: text(
      'Đơn vị đăng cai hội nghị kỳ sau (hội nghị sơ kết: mục Đơn vị đăng cai kỳ sau ở trang Thông tin)',
      'The unit hosting the next review (an interim review: `Đơn vị đăng cai kỳ sau`)',
      'Sở Tư pháp',
    ),
    don_vi_dang_cai_dai_dien: text('Người đại diện đơn vị đăng cai kỳ sau', 'Next host’s representative', 'Vũ Thị Mai'),
    don_vi_dang_cai_chuc_vu: text('Chức vụ người đại diện đơn vị đăng cai kỳ sau', 'Next host representative’s title', 'Phó Giám đốc'),
  }),
  attendance: group('Thành phần tham dự', 'Attendance', {
    so_don_vi: text('Tổng số đơn vị thành viên (số và chữ)', 'Member units (numeral and words)', '11 (mười một)'),
    so_don_vi_co_mat: text('Số đơn vị có mặt', 'Units present', '10 (mười)'),
    so_don_vi_vang_mat: text('Số đơn vị vắng mặt', 'Units absent', '01 (một)'),
    dai_bieu_moi: list(
      'Đại biểu mời (sổ chưa có: danh sách rỗng, dùng {^dai_bieu_moi}…{/dai_bieu_moi} để chừa dòng chấm)',
      'Invited delegates (not in the workbook: an empty list; use {^dai_bieu_moi}…{/dai_bieu_moi} for a dotted line)',
      {
        ho_ten: text('Họ và tên', 'Name', 'Nguyễn Văn D'),
        chuc_vu: text('Chức vụ, đơn vị', 'Title and body', 'Phó Giám đốc Sở Nội vụ'),
        dau_cuoi: END,
      },
    ),
    don_vi: list('Tất cả đơn vị thành viên, theo thứ tự trong sổ', 'All member units, in workbook order', {
      stt: ORDER,
      ten_don_vi: UNIT_NAME,
      ten_viet_tat: text('Tên viết tắt', 'Short name', 'CA'),
      dai_dien: text('Người đại diện (họ tên, không kèm "Ông", "Bà")', 'Representative (name, no honorific)', 'Nguyễn Thị Thu Hà'),
      chuc_vu: text('Chức vụ', 'Title', 'Phó Viện trưởng'),
      co_mat: text('"Có mặt" hoặc "Vắng mặt"', '"Có mặt" (present) or "Vắng mặt" (absent)', 'Có mặt'),
      dau_cuoi: END,
    }),
    don_vi_co_mat: list('Đơn vị có mặt', 'Units present', {
      stt: ORDER,
      ten_don_vi: UNIT_NAME,
      dai_dien: text('Người đại diện', 'Representative', 'Nguyễn Thị Thu Hà'),
      chuc_vu: text('Chức vụ', 'Title', 'Phó Viện trưởng'),
      dau_cuoi: END,
    }),
    don_vi_vang_mat: list('Đơn vị vắng mặt', 'Units absent', {
      stt: ORDER,
      ten_don_vi: UNIT_NAME,
      dau_cuoi: END,
    }),
    co_don_vi_vang_mat: condition('Có đơn vị vắng mặt', 'Some unit is absent'),
    vang_mat: text(
      'Câu về vắng mặt khi không có đơn vị vắng ("Vắng mặt: không."; sổ không ghi cột Có mặt: để trống)',
      'The absence line when no unit is absent ("Vắng mặt: không."; a blank when the workbook does not record attendance)',
      'Vắng mặt: không.',
    ),
  }),
  scores: group('Kết quả chấm điểm', 'Scores', {
    bang_diem: list(
      'Bảng điểm theo thứ hạng (đặt {#bang_diem} ở ô đầu và {/bang_diem} ở ô cuối của một dòng bảng để lặp dòng)',
      'Score table by rank (put {#bang_diem} in the first and {/bang_diem} in the last cell of a table row to repeat the row)',
      {
        stt: ORDER,
        hang: text('Xếp hạng (đơn vị bằng điểm cùng hạng)', 'Rank (equal units share it)', '1'),
        ten_don_vi: UNIT_NAME,
        tong_diem: text('Tổng điểm, dấu phẩy thập phân', 'Total, decimal comma', '104,00'),
        diem_co_ban: text('Điểm các nhóm tiêu chí (chưa kể thưởng, trừ)', 'Points of the ordinary groups', '99,00'),
        diem_nhom: series(
          'Điểm nhóm tiêu chí thứ 1, 2, … (nhóm I, II, …; trống khi không có)',
          'Points of ordinary group 1, 2, … (I, II, …; empty when none)',
          '39,50',
        ),
        diem_cac_nhom: text('Điểm từng nhóm trên một dòng', 'Every group’s points on one line', 'I: 39,50; II: 30,00; III: 29,50'),
        diem_thuong: text('Điểm thưởng (sau mức trần)', 'Bonus (after its cap)', '5,00'),
        diem_tru: text('Điểm trừ (sau mức trần)', 'Deduction (after its cap)', '0,00'),
        so_phieu: text('Số phiếu đồng ý (để trống khi chưa bỏ phiếu)', 'Votes in favour (a blank before the vote)', '10 (mười)'),
        so_phieu_so: text('Số phiếu đồng ý, chỉ chữ số (ô bảng)', 'Votes in favour, numeral only (table cell)', '10'),
        ty_le_phieu: text('Tỷ lệ phiếu trên tổng số đơn vị thành viên', 'Share of all member units', '90,9%'),
        de_nghi: text(
          '"Cờ thi đua", "Bằng khen", "Chờ Hội nghị quyết định" hoặc để trống',
          '"Cờ thi đua", "Bằng khen", "Chờ Hội nghị quyết định" (for the meeting) or empty',
          'Cờ thi đua',
        ),
        ghi_chu: text(
          'Ghi chú ngắn: số ghi chú dưới bảng, "Không xét"',
          'Short note: the note numbers under the table, "Không xét"',
          '(1)',
        ),
      },
    ),
    nhom: list('Các nhóm tiêu chí của bảng điểm', 'The criteria groups of the score table', {
      so_la_ma: text('Số La Mã của nhóm', 'The group’s Roman numeral', 'I'),
      ten_nhom: text('Tên nhóm', 'Group title', 'Thực hiện nhiệm vụ chính trị, chuyên môn được giao'),
      diem_chuan: text('Điểm chuẩn (tối đa) của nhóm', 'The group’s maximum', '40'),
      loai: text('"thường", "thưởng" hoặc "trừ"', '"thường" (ordinary), "thưởng" (bonus) or "trừ" (deduction)', 'thường'),
      dau_cuoi: END,
    }),
    ghi_chu_bang_diem: list(
      'Ghi chú dưới bảng điểm: từng cặp đơn vị bằng tổng điểm và tiêu chí ưu tiên đã phân định, đơn vị không xét',
      'Notes under the score table: each pair of equal totals and the step that separated them, units not eligible',
      {
        ky_hieu: text('Số ghi chú', 'Note number', '(1)'),
        noi_dung: text('Nội dung', 'Text', ''),
        dau_cuoi: END,
      },
    ),
    co_ghi_chu_bang_diem: condition('Có ghi chú dưới bảng điểm', 'There are notes under the score table'),
    don_vi_khong_xet: list('Đơn vị không đủ điều kiện xét khen thưởng', 'Units not eligible for awards', {
      stt: ORDER,
      ten_don_vi: UNIT_NAME,
      ly_do: text('Lý do', 'Reason', 'Có cán bộ lãnh đạo bị kỷ luật'),
      dau_cuoi: END,
    }),
    co_don_vi_khong_xet: condition('Có đơn vị không đủ điều kiện xét khen thưởng', 'Some unit is not eligible for awards'),
  }),
  ballot: group('Bỏ phiếu suy tôn', 'Ballot', {
    co_phieu_bau: condition('Sổ có kết quả bỏ phiếu (trang Phiếu bầu)', 'The workbook holds a ballot result'),
    co_bo_phieu: condition(
      'Hội nghị có bỏ phiếu suy tôn (đã bỏ phiếu hoặc còn phải bỏ phiếu)',
      'The meeting has a vote for the flag (held, or still to hold)',
    ),
    dong_y_toi_da: text(
      'Số đơn vị mỗi phiếu được đồng ý tối đa (bỏ phiếu giữa các đơn vị bằng điểm, bỏ phiếu lại)',
      'How many units a voter may approve (a vote among tied units, a revote)',
      '01 (một)',
    ),
    co_gioi_han_dong_y: condition('Phiếu bầu giới hạn số đơn vị được đồng ý', 'The ballot paper limits the approvals'),
    co_mat_kiem_phieu: text(
      'Câu về số đơn vị có mặt trong biên bản kiểm phiếu: của cuộc bỏ phiếu được kiểm; cuộc bỏ phiếu phải tổ chức lại vì chưa đủ tỷ lệ: để trống',
      'Units present in the count minute: those of the vote counted; a blank for a vote to hold again after one without quorum',
      'Có mặt 10/11 đơn vị (90,9%), đạt tỷ lệ tối thiểu từ 2/3 trở lên: kết quả bỏ phiếu có giá trị.',
    ),
    ket_luan_kiem_phieu: text(
      'Kết luận của biên bản kiểm phiếu: đơn vị được suy tôn theo lần bỏ phiếu quyết định; còn phải bỏ phiếu: để trống điền tay',
      'The count minute’s conclusion: the unit acclaimed in the deciding round; a blank while a vote is still to hold',
      'Căn cứ kết quả kiểm phiếu, Công an tỉnh (10/11 phiếu đồng ý, đạt 90,9%) được suy tôn …',
    ),
    phieu_phat_ra: text('Số phiếu phát ra', 'Ballots issued', '10 (mười)'),
    phieu_thu_ve: text('Số phiếu thu về', 'Ballots returned', '10 (mười)'),
    phieu_hop_le: text('Số phiếu hợp lệ', 'Valid ballots', '10 (mười)'),
    phieu_khong_hop_le: text('Số phiếu không hợp lệ (thu về trừ hợp lệ)', 'Invalid ballots (returned less valid)', '00 (không)'),
    nguong_phieu: text('Ngưỡng phiếu để đề nghị Cờ', 'Vote threshold for the flag', 'trên 50%'),
    ty_le_co_mat_toi_thieu: text('Tỷ lệ đơn vị có mặt tối thiểu', 'Quorum', 'từ 2/3 trở lên'),
    ket_luan_co_mat: text(
      'Số đơn vị có mặt so với tỷ lệ tối thiểu, và kết quả bỏ phiếu có giá trị hay không',
      'Units present against the quorum, and whether the ballot counts',
      'Có mặt 10/11 đơn vị (90,9%), đạt tỷ lệ tối thiểu từ 2/3 trở lên: kết quả bỏ phiếu có giá trị.',
    ),
    ket_qua_phieu: list(
      'Kết quả bỏ phiếu lần thứ nhất từng đơn vị (chưa bỏ phiếu: các đơn vị được giới thiệu, số phiếu để trống)',
      'First-round votes per unit (before the vote: the units put forward, figures blank)',
      {
        stt: ORDER,
        ten_don_vi: UNIT_NAME,
        so_phieu: text('Số phiếu đồng ý', 'Votes in favour', '10 (mười)'),
        ty_le: text('Tỷ lệ trên tổng số đơn vị thành viên', 'Share of all member units', '90,9%'),
        khong_dong_y: text('Số phiếu không đồng ý', 'Votes against', '00 (không)'),
        dau_cuoi: END,
      },
    ),
    vong_bo_phieu: list(
      'Các lần bỏ phiếu: lần thứ nhất và bỏ phiếu lại (trang Phiếu bầu, bảng "Bỏ phiếu lại"); chưa bỏ phiếu: một lần, số liệu để trống',
      'The rounds: the first vote and the revote (`Bỏ phiếu lại` table); before the vote: one round with blank figures',
      {
        ten_vong: text('Tên lần bỏ phiếu', 'Round name', 'Lần thứ nhất'),
        phat_ra: text('Số phiếu phát ra', 'Ballots issued', '10 (mười)'),
        thu_ve: text('Số phiếu thu về', 'Ballots returned', '10 (mười)'),
        hop_le: text('Số phiếu hợp lệ', 'Valid ballots', '10 (mười)'),
        khong_hop_le: text('Số phiếu không hợp lệ', 'Invalid ballots', '00 (không)'),
        phieu: list(
          'Số phiếu từng đơn vị của lần này (danh sách lồng: đặt trong một dòng bảng)',
          'Votes per unit in this round (a nested list: put it in a table row)',
          {
            stt: ORDER,
            ten_don_vi: UNIT_NAME,
            dong_y: text('Số phiếu đồng ý', 'Votes in favour', '10 (mười)'),
            ty_le_dong_y: text('Tỷ lệ đồng ý trên tổng số đơn vị thành viên', 'Share in favour of all members', '90,9%'),
            khong_dong_y: text('Số phiếu không đồng ý', 'Votes against', '00 (không)'),
            ty_le_khong_dong_y: text('Tỷ lệ không đồng ý', 'Share against', '0%'),
            dau_cuoi: END,
          },
        ),
        ket_qua: text(
          'Kết quả của lần bỏ phiếu so với tỷ lệ phiếu đồng ý cần đạt và tỷ lệ có mặt',
          'What this round decided against the threshold and the quorum',
          'Công an tỉnh được 10/11 phiếu đồng ý (90,9%), đạt tỷ lệ trên 50% tổng số đơn vị thành viên.',
        ),
      },
    ),
    co_bo_phieu_lai: condition('Có lần bỏ phiếu lại', 'There was a revote'),
    ung_vien: list('Đơn vị ghi trên phiếu bầu suy tôn Cờ thi đua (theo thứ hạng)', 'Units on the ballot paper for the flag (by rank)', {
      stt: ORDER,
      ten_don_vi: UNIT_NAME,
      tong_diem: text('Tổng điểm', 'Total', '104,00'),
      hang: text('Xếp hạng', 'Rank', '1'),
    }),
    so_suat_co: text('Số đơn vị được suy tôn trên phiếu bầu', 'Units to be acclaimed on the ballot paper', '01 (một)'),
    tieu_de_phieu_bau: text(
      'Dòng dưới tiêu đề phiếu bầu',
      'The ballot paper’s subtitle',
      'Suy tôn đơn vị dẫn đầu phong trào thi đua năm 2024',
    ),
    la_phieu_bau_lai: condition(
      'Phiếu bầu là phiếu bỏ phiếu lại giữa các đơn vị bằng điểm',
      'The ballot paper is a revote among tied units',
    ),
  }),
  conclusion: group('Kết luận', 'Conclusion', {
    ket_luan_co: text(
      'Kết luận về Cờ thi đua, đúng theo kết quả (đề nghị, chờ bỏ phiếu, không đủ tỷ lệ có mặt, chưa đủ tỷ lệ phiếu đồng ý, bằng điểm chờ bỏ phiếu lại)',
      'Conclusion on the flag, true to the outcome (proposed, pending the vote, no quorum, below the threshold, a tie for a revote)',
      'Căn cứ kết quả chấm điểm và kết quả bỏ phiếu, Hội nghị thống nhất suy tôn Công an tỉnh …',
    ),
    co_de_nghi_co: condition(
      'Có đơn vị được đề nghị (hoặc giới thiệu bỏ phiếu) tặng Cờ thi đua',
      'Some unit is proposed (or put to the vote) for the flag',
    ),
    ten_don_vi_co: text(
      'Tên đơn vị đề nghị tặng Cờ thi đua (để trống khi không có)',
      'Unit proposed for the flag (a blank when none)',
      'Công an tỉnh',
    ),
    so_co: text('Số đơn vị đề nghị tặng Cờ thi đua', 'Units proposed for the flag', '01 (một)'),
    don_vi_co: list('Đơn vị đề nghị tặng Cờ thi đua', 'Units proposed for the flag', AWARD_ROW),
    so_bang_khen: text('Số đơn vị đề nghị tặng Bằng khen', 'Units proposed for Certificates', '04 (bốn)'),
    so_bang_khen_toi_da: text('Số Bằng khen theo quy tắc', 'Certificates the rules allow', '04 (bốn)'),
    don_vi_bang_khen: list('Đơn vị đề nghị tặng Bằng khen, theo thứ hạng', 'Units proposed for Certificates, by rank', AWARD_ROW),
    co_bang_khen: condition('Có đơn vị được đề nghị tặng Bằng khen', 'Some unit is proposed for a Certificate'),
    ket_luan_bang_khen: text(
      'Kết luận về Bằng khen (kể cả suất còn chờ Hội nghị quyết định)',
      'Conclusion on Certificates (including places the meeting must still decide)',
      'Đề nghị Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk tặng Bằng khen cho 04 (bốn) đơn vị, gồm:',
    ),
    phan_dinh: list(
      'Các trường hợp bằng tổng điểm được phân định bằng tiêu chí ưu tiên và quyết định việc đề nghị khen thưởng',
      'Equal totals separated by a tie-break step where that step decided an award',
      LINE,
    ),
    co_phan_dinh: condition('Có trường hợp bằng điểm quyết định việc khen thưởng', 'A tie-break decided an award'),
    viec_can_quyet_dinh: list(
      'Việc Hội nghị còn phải quyết định (bỏ phiếu, bỏ phiếu lại, bằng điểm ở suất cuối): viết là việc cần làm, không phải kết quả',
      'What the meeting must still decide (vote, revote, a tie at the last place): written as what to do, never as a result',
      LINE,
    ),
    co_viec_can_quyet_dinh: condition('Còn việc Hội nghị phải quyết định', 'The meeting must still decide something'),
    ket_luan_khoi_truong: text(
      'Câu về Khối trưởng, Khối phó năm sau ("Hội nghị thống nhất đề nghị …")',
      'The sentence on next year’s head and deputy ("Hội nghị thống nhất đề nghị …")',
      'Hội nghị thống nhất đề nghị Viện Kiểm sát nhân dân tỉnh làm Khối trưởng và Trại giam Đắk Tân làm Khối phó Khối thi đua số 3 năm 2025.',
    ),
    ket_luan_so_ket: text(
      'Kết luận của hội nghị sơ kết (không xét khen thưởng) và đơn vị đăng cai kỳ sau nếu có',
      'The interim review’s conclusion (no award) and the next host if given',
      'Hội nghị thống nhất kết quả chấm điểm, xếp hạng thi đua 6 tháng đầu năm 2024 của các đơn vị thành viên như bảng trên.',
    ),
    co_dang_cai: condition('Có đơn vị đăng cai kỳ sau (hội nghị sơ kết)', 'A next host is given (an interim review)'),
    muc_khong_xet: text(
      'Số thứ tự của mục Đơn vị không đủ điều kiện (có mục này khi có đơn vị)',
      'Number of the ineligible units’ part',
      '2',
    ),
    muc_bo_phieu: text('Số thứ tự của mục Bỏ phiếu suy tôn', 'Number of the vote’s part', '3'),
    muc_ket_luan: text('Số thứ tự của mục Kết luận', 'Number of the conclusion’s part', '4'),
    muc_quyet_dinh: text('Số thứ tự của mục Những việc Hội nghị còn phải quyết định', 'Number of the pending decisions’ part', '5'),
    luu_y: list(
      'Những điều hội nghị cần quyết định hoặc lưu ý (từ kết quả tính điểm)',
      'What the meeting must decide or know (from the scoring)',
      LINE,
    ),
    co_luu_y: condition('Có điều cần lưu ý', 'There is something to note'),
  }),
  handover: group('Bàn giao', 'Handover', {
    la_ban_giao_dang_cai: condition(
      'Biên bản bàn giao đăng cai hội nghị kỳ sau (hội nghị sơ kết); không: bàn giao Khối trưởng',
      'A handover of the next review’s hosting (an interim review); otherwise of the bloc head',
    ),
    tieu_de_ban_giao: text(
      'Dòng dưới chữ BIÊN BẢN của biên bản bàn giao',
      'The line under BIÊN BẢN of the handover minute',
      'Bàn giao nhiệm vụ Khối trưởng Khối thi đua số 3 năm 2025',
    ),
    ben_giao_kiem: text(
      'Vai trò khác của đơn vị bên giao trong năm sau, nếu có (", đồng thời là đơn vị Khối phó năm 2025")',
      'The handing-over unit’s other role next year, if any',
      '',
    ),
    ben_nhan_kiem: text(
      'Vai trò khác của đơn vị bên nhận trong năm nay, nếu có (", đồng thời là đơn vị Khối phó năm 2024")',
      'The receiving unit’s other role this year, if any',
      ', đồng thời là đơn vị Khối phó năm 2024',
    ),
    chung_kien: list(
      'Đơn vị chứng kiến: Khối phó năm nay và năm sau, mỗi đơn vị một lần (trừ bên giao, bên nhận)',
      'Witness units: this year’s and next year’s deputy, each once (not the two parties)',
      {
        vai_tro: text('Vai trò', 'Role', 'Đơn vị Khối phó năm 2025'),
        ten_don_vi: UNIT_NAME,
        dai_dien: text('Người đại diện', 'Representative', 'Ngô Văn Phúc'),
        chuc_vu: text('Chức vụ', 'Title', 'Phó Giám thị'),
        dau_cuoi: END,
      },
    ),
    chu_ky_ban_giao: list(
      'Chữ ký, hai người một dòng: bên giao, bên nhận, rồi các đơn vị chứng kiến, mỗi đơn vị ký một lần',
      'Signatures, two a row: handing over, receiving, then the witness units, each unit signing once',
      {
        trai_vai_tro: text('Chức danh ký bên trái', 'Left signer’s heading', 'ĐẠI DIỆN BÊN GIAO'),
        trai_ghi_chu: text('Ghi chú dưới chức danh bên trái', 'Left note', '(Ký, ghi rõ họ tên, đóng dấu)'),
        trai_ho_ten: text('Họ tên bên trái', 'Left name', 'Đại tá Trần Minh Quang'),
        phai_vai_tro: text('Chức danh ký bên phải', 'Right signer’s heading', 'ĐẠI DIỆN BÊN NHẬN'),
        phai_ghi_chu: text('Ghi chú dưới chức danh bên phải', 'Right note', '(Ký, ghi rõ họ tên, đóng dấu)'),
        phai_ho_ten: text('Họ tên bên phải', 'Right name', 'Nguyễn Thị Thu Hà'),
      },
    ),
  }),
  dossier: group('Hồ sơ đề nghị khen thưởng', 'Award dossier', {
    trich_yeu_to_trinh: text(
      'Trích yếu của Tờ trình',
      'The proposal’s subject line',
      'Về việc đề nghị tặng Cờ thi đua và Bằng khen cho các đơn vị thuộc Khối thi đua số 3 năm 2024',
    ),
    kinh_gui: list(
      'Nơi được kính gửi: cơ quan khen thưởng, rồi Nơi nhận hồ sơ (trang Thông tin) nếu có',
      'Addressees: the awarding body, then `Nơi nhận hồ sơ` (Thông tin sheet) if given',
      LINE,
    ),
    kinh_gui_nhieu: condition(
      'Tờ trình gửi nhiều nơi (dùng danh sách kinh_gui); nếu không, một dòng "Kính gửi: {co_quan_khen_thuong}."',
      'More than one addressee (use the kinh_gui list); else one line "Kính gửi: {co_quan_khen_thuong}."',
    ),
    noi_nhan_ho_so: text(
      'Nơi nhận hồ sơ (trang Thông tin)',
      'Where the dossier goes (Thông tin sheet)',
      'Sở Nội vụ tỉnh Đắk Lắk (Ban Thi đua - Khen thưởng)',
    ),
    so_don_vi_de_nghi: text('Tổng số đơn vị được đề nghị khen thưởng', 'Units proposed for an award', '05 (năm)'),
    muc_bang_khen: text(
      'Số thứ tự của mục Bằng khen trong Tờ trình (1 khi không có mục Cờ thi đua)',
      'Number of the Certificates’ part',
      '2',
    ),
    noi_nhan_bien_ban: list(
      'Nơi nhận của biên bản (theo mẫu biên bản Nghị định 30/2020/NĐ-CP, mục cuối "Lưu: VT, hồ sơ")',
      'Distribution list of a minute (Decree 30 sample: last "Lưu: VT, hồ sơ")',
      LINE,
    ),
    ho_so_kem_theo: list('Tài liệu kèm theo Tờ trình', 'Documents attached to the proposal', LINE),
    noi_nhan: list('Nơi nhận của Tờ trình', 'Distribution list of the proposal', LINE),
  }),
  unit: group('Báo cáo thành tích của một đơn vị', 'One unit’s achievement report', {
    dv_ten: text('Tên đơn vị', 'Unit name', 'Công an tỉnh'),
    dv_ten_day_du: text(
      'Tên đơn vị kèm tên tỉnh khi tên kết thúc bằng "tỉnh"',
      'Unit name with the province when it ends in "tỉnh"',
      'Công an tỉnh Đắk Lắk',
    ),
    dv_ten_hoa: text('Tên đầy đủ viết hoa (đầu văn bản)', 'Full name in capitals (document head)', 'CÔNG AN TỈNH ĐẮK LẮK'),
    dv_cap_tren_hoa: text(
      'Đơn vị cấp trên của đơn vị, viết hoa (dòng đầu tiên của mẫu báo cáo; sổ không ghi: dòng chấm điền tay)',
      'The unit’s parent body in capitals (the form’s first head line; a blank to fill by hand)',
      '…………………………',
    ),
    dv_mau_so: text(
      'Số hiệu mẫu báo cáo thành tích tập thể của nghị định đang có hiệu lực (trống khi chưa xác định)',
      'The collective achievement report form’s number under the decree in force (empty when unknown)',
      'Mẫu số 02, Phụ lục I - Nghị định số 98/2023/NĐ-CP',
    ),
    dv_co_mau_so: condition('Mẫu báo cáo có số hiệu', 'The form has a number'),
    dv_tieu_de: text(
      'Dòng tiêu đề "ĐỀ NGHỊ TẶNG …" viết hoa, ngắt dòng ở chỗ hợp lý',
      'The "ĐỀ NGHỊ TẶNG …" title line in capitals, broken at sensible places',
      'ĐỀ NGHỊ TẶNG CỜ THI ĐUA CỦA ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK',
    ),
    dv_co_phieu: condition('Đơn vị có số phiếu suy tôn (đơn vị đề nghị Cờ thi đua)', 'The unit has a vote figure (the flag unit)'),
    dv_dia_chi: text('Địa chỉ trụ sở (cột Địa chỉ, trang Đơn vị)', 'Address (Địa chỉ column)', '…………………………'),
    dv_dien_thoai: text('Điện thoại (cột Điện thoại)', 'Phone (Điện thoại column)', '…………………………'),
    dv_thu_truong: text('Thủ trưởng đơn vị (cột Thủ trưởng), họ tên', 'The unit’s head (Thủ trưởng column), name', '…………………………'),
    dv_hinh_thuc: text('Hình thức khen thưởng đề nghị', 'The award proposed', 'Cờ thi đua của Ủy ban nhân dân tỉnh Đắk Lắk'),
    dv_hinh_thuc_hoa: text(
      'Hình thức khen thưởng viết hoa (tiêu đề)',
      'The award in capitals (title)',
      'CỜ THI ĐUA CỦA ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK',
    ),
    dv_tong_diem: text('Tổng điểm', 'Total', '104,00'),
    dv_hang: text('Xếp hạng', 'Rank', '1'),
    dv_thu_hang: text('Thứ hạng bằng chữ', 'Rank in words', 'thứ nhất'),
    dv_so_phieu: text('Số phiếu đồng ý', 'Votes in favour', '10 (mười)'),
    dv_ty_le: text('Tỷ lệ phiếu đồng ý', 'Share of votes', '90,9%'),
    dv_diem_thuong: text('Điểm thưởng', 'Bonus', '5,00'),
    dv_diem_tru: text('Điểm trừ', 'Deduction', '0,00'),
    dv_diem_nhom: list('Điểm của đơn vị theo từng nhóm tiêu chí', 'The unit’s points per criteria group', {
      so_la_ma: text('Số La Mã của nhóm', 'The group’s Roman numeral', 'I'),
      ten_nhom: text('Tên nhóm', 'Group title', 'Thực hiện nhiệm vụ chính trị, chuyên môn được giao'),
      diem_chuan: text('Điểm chuẩn', 'Maximum', '40'),
      diem: text('Điểm đạt', 'Points', '39,50'),
    }),
    dv_ket_luan: text(
      'Kết luận của Khối về đơn vị',
      'The bloc’s conclusion on the unit',
      'Khối thi đua số 3 thống nhất suy tôn Công an tỉnh là đơn vị dẫn đầu … (104,00 điểm, xếp thứ nhất/11 đơn vị; 10/11 phiếu đồng ý, đạt 90,9%).',
    ),
    dv_co_nam_truoc: condition(
      'Đơn vị đã nhận Cờ thi đua năm trước (cột Cờ năm trước)',
      'The unit had the flag last period (Cờ năm trước column)',
    ),
  }),
  provincePeriod: group('Tờ trình tổng hợp: tỉnh và kỳ', 'Province summary: province and period', {
    th_tinh: text('Tỉnh (địa danh của văn bản)', 'Province (the place name of the document)', 'Đắk Lắk'),
    th_nam: text('Năm thi đua', 'Emulation year', '2024'),
    th_ky_danh_gia: text('Kỳ đánh giá kèm năm', 'Period with its year', 'năm 2024'),
    th_co_quan_khen_thuong: text('Cơ quan khen thưởng của các Khối', 'The blocs’ awarding body', 'Ủy ban nhân dân tỉnh Đắk Lắk'),
    th_co_quan_chu_quan_hoa: text(
      'Cơ quan chủ quản của cơ quan ban hành, viết hoa (mặc định Sở Nội vụ tỉnh)',
      'The issuing body’s parent, in capitals (by default the province’s Department of Home Affairs)',
      'SỞ NỘI VỤ TỈNH ĐẮK LẮK',
    ),
    th_co_quan_ban_hanh: text(
      'Cơ quan ban hành Tờ trình (mặc định Ban Thi đua - Khen thưởng)',
      'The body issuing the proposal (by default the emulation board)',
      'Ban Thi đua - Khen thưởng',
    ),
    th_co_quan_ban_hanh_hoa: text('Cơ quan ban hành, viết hoa', 'The issuing body, in capitals', 'BAN THI ĐUA - KHEN THƯỞNG'),
    th_ky_hieu: text(
      'Chữ viết tắt của cơ quan ban hành trong số, ký hiệu (Số: …/TTr-BTĐKT)',
      'The issuing body’s abbreviation in the document number',
      'BTĐKT',
    ),
    th_nguoi_quyet_dinh: text(
      'Người quyết định khen thưởng (Chủ tịch Ủy ban nhân dân tỉnh)',
      'Who decides the awards (the Chairman of the People’s Committee)',
      'Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk',
    ),
    th_hoi_dong: text(
      'Hội đồng Thi đua - Khen thưởng tỉnh (nơi nhận)',
      'The provincial emulation council (addressee)',
      'Hội đồng Thi đua - Khen thưởng tỉnh Đắk Lắk',
    ),
    th_dia_danh_ngay: text(
      'Dòng địa danh, ngày tháng (ngày ký để trống điền tay)',
      'Place-and-date line (the signing date left blank)',
      'Đắk Lắk, ngày …… tháng …… năm ……',
    ),
    th_trich_yeu: text(
      'Trích yếu, ngắt dòng ở chỗ hợp lý',
      'The subject line, broken at sensible places',
      'Về việc đề nghị tặng thưởng Cờ thi đua và Bằng khen\ncho các tập thể thuộc các Khối thi đua năm 2024',
    ),
    th_can_cu: list(
      'Căn cứ pháp lý theo ngày họp của các Khối (luật, nghị định đang có hiệu lực), mỗi căn cứ một dòng',
      'The legal grounds in force on the blocs’ meeting dates (law, decree), one a line',
      LINE,
    ),
    th_cac_khoi: text(
      '"các Khối thi đua", "các Cụm thi đua" hoặc "các Khối, Cụm thi đua"',
      'The blocs as a group, Khối or Cụm',
      'các Khối thi đua',
    ),
    th_loai_khoi: text(
      '"Khối thi đua", "Cụm thi đua" hoặc "Khối, Cụm thi đua" (sau một số đếm)',
      'The kind of the blocs, after a count',
      'Khối thi đua',
    ),
  }),
  provinceBlocs: group('Tờ trình tổng hợp: các Khối', 'Province summary: the blocs', {
    th_so_tep: text('Số sổ đã nhận (số và chữ)', 'Workbooks received (numeral and words)', '12 (mười hai)'),
    th_so_khoi: text('Số Khối thi đua được tổng hợp', 'Blocs summarised', '11 (mười một)'),
    th_khoi: list('Các Khối được tổng hợp, theo thứ tự tên', 'The blocs summarised, in name order', {
      stt: ORDER,
      ten_khoi: text('Tên khối', 'Bloc name', 'Khối thi đua số 3'),
      so_don_vi: text('Số đơn vị thành viên', 'Member units', '11'),
      don_vi_dan_dau: text(
        'Đơn vị được suy tôn dẫn đầu (đề nghị Cờ), hoặc lý do chưa có',
        'The leading unit (flag), or why none yet',
        'Công an tỉnh',
      ),
      so_bang_khen: text('Số đơn vị đề nghị Bằng khen', 'Units proposed for Certificates', '4'),
      khoi_truong_nam_sau: text(
        'Khối trưởng năm sau do Hội nghị Khối thống nhất ("—" khi chưa có)',
        'Next bloc head as the bloc’s meeting agreed ("—" when none yet)',
        'Viện Kiểm sát nhân dân tỉnh',
      ),
    }),
    th_co_chua_hop_le: condition('Có Khối chưa gửi kết quả hợp lệ', 'Some bloc has not sent a valid result'),
    th_chua_hop_le: text(
      'Một câu về các Khối chưa gửi kết quả hợp lệ (danh sách tệp và lý do ở sổ tổng hợp)',
      'One sentence on the blocs without a valid result (the files and reasons are in the summary workbook)',
      'Còn 01 (một) khối chưa gửi kết quả hợp lệ: Khối thi đua số 7.',
    ),
  }),
  provinceAwards: group('Tờ trình tổng hợp: đề nghị khen thưởng', 'Province summary: awards proposed', {
    th_ten_co_thi_dua: text('Tên đầy đủ của Cờ thi đua', 'The flag’s legal name', 'Cờ thi đua của Ủy ban nhân dân tỉnh Đắk Lắk'),
    th_ten_bang_khen: text(
      'Tên đầy đủ của Bằng khen',
      'The Certificate’s legal name',
      'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk',
    ),
    th_so_co: text('Số tập thể đề nghị tặng Cờ thi đua', 'Units proposed for the flag', '11 (mười một)'),
    th_so_bang_khen: text('Số tập thể đề nghị tặng Bằng khen', 'Units proposed for Certificates', '40 (bốn mươi)'),
    th_co_de_nghi: condition('Có tập thể được đề nghị khen thưởng', 'Some unit is proposed for an award'),
    th_co_de_nghi_co: condition('Có tập thể đề nghị tặng Cờ thi đua', 'Some unit is proposed for the flag'),
    th_co_de_nghi_bang_khen: condition('Có tập thể đề nghị tặng Bằng khen', 'Some unit is proposed for a Certificate'),
    th_stt_co: text('Số thứ tự của mục Cờ thi đua', 'The number of the flag’s part', '1'),
    th_stt_bang_khen: text('Số thứ tự của mục Bằng khen (1 khi không có mục Cờ thi đua)', 'The number of the Certificates’ part', '2'),
    th_don_vi_co: list('Tập thể đề nghị tặng Cờ thi đua (đã được Khối suy tôn)', 'Units proposed for the flag (acclaimed by their bloc)', {
      stt: ORDER,
      ten_don_vi: UNIT_NAME,
      ten_khoi: UNIT_BLOC,
      tong_diem: UNIT_BLOC_TOTAL,
      ty_le_phieu: text(
        'Tỷ lệ phiếu suy tôn ở lần bỏ phiếu quyết định, trên tổng số đơn vị của Khối',
        'Share of the bloc’s members’ votes in the deciding round',
        '90,9%',
      ),
    }),
    th_don_vi_bang_khen: list(
      'Tập thể đề nghị tặng Bằng khen, theo Khối và thứ hạng',
      'Units proposed for Certificates, by bloc and rank',
      {
        stt: ORDER,
        ten_don_vi: UNIT_NAME,
        ten_khoi: UNIT_BLOC,
        tong_diem: UNIT_BLOC_TOTAL,
        hang: text('Xếp hạng trong Khối', 'Rank in its bloc', '2'),
      },
    ),
  }),
  provincePending: group('Tờ trình tổng hợp: chưa đề nghị', 'Province summary: not yet proposed', {
    th_co_cho_quyet_dinh: condition('Có Khối còn việc chờ Hội nghị Khối quyết định', 'Some bloc has a decision pending'),
    th_muc_cho_quyet_dinh: text(
      'Số La Mã của mục "Các trường hợp chưa đề nghị" (II khi không có mục đề nghị khen thưởng)',
      'The Roman numeral of the "not yet proposed" part',
      'III',
    ),
    th_cho_quyet_dinh: list(
      'Việc các Khối còn phải quyết định (chưa đưa vào danh sách đề nghị)',
      'What blocs must still decide (not proposed yet)',
      {
        ten_khoi: text('Khối thi đua', 'The bloc', 'Khối thi đua số 5'),
        noi_dung: text('Nội dung', 'Text', 'Chưa có kết quả bỏ phiếu: …'),
      },
    ),
  }),
};

export type GroupId = keyof typeof GROUPS;
/** The values each group is filled with. */
export type GroupData = { [G in GroupId]: DataOf<(typeof GROUPS)[G]['items']> };

// ---------------------------------------------------------------------------------------------------------------
// The same list as plain entries, for the template check, the docs and `bxtd placeholders`.

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
  example: string;
  fields?: Field[]; // for lists: the placeholders usable inside {#name}…{/name}
}

export interface PlaceholderGroup {
  id: GroupId;
  title: Text;
  items: Placeholder[];
}

function fieldsOf(specs: FieldSpecs): Field[] {
  return Object.entries(specs).map(([name, s]) => {
    const f: Field = { name, description: s.description, example: s.example };
    if (s.kind === 'series') f.count = MAX_GROUP_COLUMNS;
    if (s.kind === 'list') f.fields = fieldsOf(s.fields);
    return f;
  });
}

export const PLACEHOLDER_GROUPS: PlaceholderGroup[] = (Object.keys(GROUPS) as GroupId[]).map((id) => ({
  id,
  title: GROUPS[id].title,
  items: Object.entries(GROUPS[id].items as ItemSpecs).map(([name, s]) => {
    const p: Placeholder = { name, kind: s.kind, description: s.description, example: s.example };
    if (s.kind === 'list') p.fields = fieldsOf(s.fields);
    return p;
  }),
}));

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
