// The bloc workbook, format v1 (docs/design.md, "The bloc workbook"), declared once: every sheet's names and every
// label the readers accept, canonical spelling first. The readers (read-*.ts), New (new-bloc.ts), the round trip
// (split.ts, collect.ts) and the hosts take names and labels from here; nothing else spells them (the `Quy tắc`
// rules' labels are in their entries of rules-table.ts).

/** Each sheet's canonical name first, then the other names people give it. */
export const SHEET_NAMES = {
  info: ['Thông tin', 'Thông tin chung', 'Thông tin khối', 'Thông tin khối thi đua'],
  units: ['Đơn vị', 'Danh sách đơn vị', 'Đơn vị thành viên', 'Các đơn vị'],
  scores: ['Chấm điểm', 'Bảng chấm điểm', 'Bảng điểm', 'Chấm điểm thi đua', 'Bảng tiêu chí'],
  cross: ['Chấm chéo', 'Bảng chấm chéo', 'Chấm điểm chéo'],
  ballot: ['Phiếu bầu', 'Kết quả bỏ phiếu', 'Kết quả phiếu bầu', 'Bỏ phiếu', 'Biểu quyết'],
  rules: ['Quy tắc', 'Quy tắc xét', 'Quy định', 'Quy tắc bình xét'],
} as const;

/** Each sheet's canonical name: what New creates and messages name. */
export const SHEET = {
  info: SHEET_NAMES.info[0],
  units: SHEET_NAMES.units[0],
  scores: SHEET_NAMES.scores[0],
  cross: SHEET_NAMES.cross[0],
  ballot: SHEET_NAMES.ballot[0],
  rules: SHEET_NAMES.rules[0],
} as const;

/** `Thông tin`: label/value rows. */
export const INFO_LABELS = {
  name: ['Tên khối', 'Tên khối thi đua', 'Khối thi đua', 'Tên cụm', 'Tên cụm thi đua', 'Cụm thi đua', 'Khối'],
  province: ['Tỉnh', 'Tỉnh/thành phố', 'Tỉnh, thành phố', 'Tỉnh thành phố', 'Thành phố'],
  year: ['Năm', 'Năm xét', 'Năm bình xét', 'Năm thi đua'],
  period: ['Kỳ', 'Kỳ xét', 'Kỳ bình xét', 'Kỳ thi đua', 'Kỳ đánh giá'],
  head: ['Khối trưởng', 'Đơn vị Khối trưởng', 'Cụm trưởng', 'Trưởng khối'],
  deputy: ['Khối phó', 'Đơn vị Khối phó', 'Cụm phó', 'Phó khối'],
  awardingBody: ['Cơ quan khen thưởng', 'Cấp khen thưởng', 'Cơ quan tặng thưởng'],
  meetingDate: ['Ngày họp', 'Ngày hội nghị', 'Ngày tổ chức', 'Thời gian họp', 'Ngày bình xét'],
  meetingPlace: ['Địa điểm', 'Địa điểm họp', 'Nơi họp', 'Địa điểm hội nghị'],
  chair: ['Chủ trì', 'Chủ trì hội nghị', 'Người chủ trì', 'Chủ tọa'],
  secretary: ['Thư ký', 'Thư ký hội nghị', 'Người ghi biên bản'],
  nextHead: ['Khối trưởng năm sau', 'Khối trưởng kỳ sau', 'Khối trưởng năm tới', 'Cụm trưởng năm sau'],
  nextDeputy: ['Khối phó năm sau', 'Khối phó kỳ sau', 'Khối phó năm tới', 'Cụm phó năm sau'],
  // Optional: where the award dossier goes (the Tờ trình's second addressee).
  dossierRecipient: ['Nơi nhận hồ sơ', 'Nơi nhận hồ sơ khen thưởng', 'Cơ quan nhận hồ sơ', 'Nơi gửi hồ sơ'],
  // Optional: Khối or Cụm, when the name does not say it (or says it wrongly).
  kind: ['Loại', 'Loại khối', 'Khối hay Cụm', 'Khối/Cụm', 'Khối / Cụm', 'Khối hoặc Cụm', 'Loại khối thi đua'],
  // Optional, a sơ kết's handover: the unit hosting the next review.
  nextHost: ['Đơn vị đăng cai kỳ sau', 'Đăng cai kỳ sau', 'Đơn vị đăng cai', 'Đơn vị đăng cai hội nghị kỳ sau', 'Đơn vị đăng cai sơ kết'],
  // Optional, one row per legal ground, in order: they replace the grounds chosen by the meeting date.
  legalGrounds: ['Căn cứ', 'Căn cứ pháp lý', 'Văn bản căn cứ'],
};

/** `Đơn vị`: the columns of the unit list. */
export const UNIT_COLUMNS = {
  stt: ['STT', 'TT', 'Số TT', 'Số thứ tự'],
  name: ['Tên đơn vị', 'Đơn vị', 'Tên cơ quan, đơn vị', 'Cơ quan, đơn vị', 'Tên cơ quan', 'Cơ quan đơn vị', 'Đơn vị thành viên'],
  shortName: ['Tên viết tắt', 'Viết tắt', 'Tên gọi tắt', 'Tên ngắn', 'Tên ngắn gọn'],
  representative: ['Người đại diện', 'Đại diện', 'Người đại diện dự họp', 'Đại biểu', 'Họ và tên người đại diện'],
  title: ['Chức vụ', 'Chức vụ người đại diện'],
  present: ['Có mặt', 'Dự họp', 'Tham dự', 'Có mặt dự họp', 'Có mặt tại hội nghị'],
  flag: ['Cờ năm trước', 'Cờ thi đua năm trước', 'Cờ kỳ trước', 'Nhận Cờ năm trước', 'Đã nhận Cờ năm trước', 'Cờ năm ngoái'],
  reason: ['Lý do không xét', 'Không xét', 'Lý do không xét khen thưởng', 'Không xét khen thưởng', 'Lý do không được xét'],
  // Optional, for the achievement reports of the award dossier.
  address: ['Địa chỉ', 'Địa chỉ trụ sở', 'Trụ sở', 'Địa chỉ cơ quan'],
  phone: ['Điện thoại', 'Số điện thoại', 'Điện thoại cơ quan'],
  chief: ['Thủ trưởng', 'Thủ trưởng đơn vị', 'Thủ trưởng cơ quan', 'Người đứng đầu'],
};

/** `Chấm điểm`: the fixed columns of the criteria table. */
export const SCORE_COLUMNS = {
  stt: ['STT', 'TT', 'Số TT', 'Số thứ tự', 'Mã số', 'Mục'],
  content: [
    'Nội dung',
    'Nội dung tiêu chí',
    'Tiêu chí',
    'Nội dung thi đua',
    'Nội dung chấm điểm',
    'Tiêu chí chấm điểm',
    'Nội dung tiêu chí chấm điểm',
    'Tiêu chí thi đua',
    'Nội dung, tiêu chí',
    'Nội dung tiêu chí thi đua',
    'Nội dung đánh giá',
  ],
  max: ['Điểm chuẩn', 'Điểm tối đa', 'Thang điểm', 'Điểm chuẩn tối đa', 'Điểm quy định', 'Điểm chuẩn quy định'],
};

/** `Chấm điểm`: the two sub-columns under a unit's name. */
export const SCORE_SUB_COLUMNS = {
  self: ['Tự chấm', 'Điểm tự chấm', 'Đơn vị tự chấm', 'Tự đánh giá', 'Điểm tự đánh giá'],
  bloc: ['Khối chấm', 'Điểm khối chấm', 'Thẩm định', 'Điểm thẩm định', 'Điểm đạt', 'Khối thẩm định', 'Kết quả thẩm định', 'Khối đánh giá'],
};

/** `Chấm điểm`: headings of columns that are not units' scores (ignored wherever they are). */
export const SCORE_OTHER_COLUMNS = [
  'Ghi chú',
  'Cách chấm',
  'Cách tính điểm',
  'Hướng dẫn chấm',
  'Hướng dẫn chấm điểm',
  'Phương pháp chấm',
  'Phương pháp chấm điểm',
  'Tài liệu kiểm chứng',
  'Minh chứng',
  'Căn cứ',
  'Căn cứ chấm điểm',
  'Đơn vị tính',
  'Tổng',
  'Tổng cộng',
  'Tổng điểm',
  'Trung bình',
  'Điểm trung bình',
  'Điểm bình quân',
  'Xếp hạng',
  'Xếp thứ',
  'Thứ hạng',
  'Điểm các đơn vị',
  'Điểm của các đơn vị',
  'Điểm chấm',
  'Điểm đơn vị',
  'Kết quả chấm điểm',
  'Điểm chấm của các đơn vị',
  'Đơn vị',
  'Các đơn vị',
];

/** `Chấm chéo`: the columns of the cross-scoring table. */
export const CROSS_COLUMNS = {
  scorer: ['Đơn vị chấm', 'Đơn vị đánh giá', 'Người chấm', 'Đơn vị thực hiện chấm', 'Đơn vị chấm điểm'],
  scored: ['Đơn vị được chấm', 'Được chấm', 'Đơn vị được đánh giá', 'Đơn vị được chấm điểm'],
  criterion: ['STT tiêu chí', 'Mã tiêu chí', 'Tiêu chí', 'Số thứ tự tiêu chí', 'STT TC'],
  rowNumber: ['STT', 'TT'],
  value: ['Điểm', 'Điểm chấm', 'Điểm chấm chéo', 'Số điểm'],
};

/** `Phiếu bầu`: the ballot figures (label/value rows). */
export const BALLOT_FIGURES = {
  issued: ['Số phiếu phát ra', 'Phiếu phát ra', 'Số phiếu phát hành', 'Tổng số phiếu phát ra', 'Số phiếu phát'],
  returned: ['Số phiếu thu về', 'Phiếu thu về', 'Số phiếu thu vào', 'Tổng số phiếu thu về', 'Số phiếu thu'],
  valid: ['Số phiếu hợp lệ', 'Phiếu hợp lệ', 'Tổng số phiếu hợp lệ'],
  invalid: ['Số phiếu không hợp lệ', 'Phiếu không hợp lệ'],
};

/** `Phiếu bầu`: the columns of the vote table. */
export const BALLOT_COLUMNS = {
  unit: ['Đơn vị', 'Tên đơn vị', 'Tên cơ quan, đơn vị', 'Cơ quan, đơn vị', 'Đơn vị được bầu', 'Đơn vị được suy tôn'],
  votes: ['Số phiếu đồng ý', 'Đồng ý', 'Số phiếu', 'Số phiếu bầu', 'Phiếu đồng ý', 'Số phiếu tán thành', 'Tán thành'],
  against: ['Không đồng ý', 'Số phiếu không đồng ý', 'Phiếu không đồng ý', 'Không tán thành', 'Số phiếu không tán thành'],
};

/** `Phiếu bầu`: the title over the second round's table (a revote), canonical spelling first. */
export const REVOTE_TITLES = ['Bỏ phiếu lại', 'Bầu lại', 'Vòng 2', 'Vòng hai', 'Bỏ phiếu lần 2', 'Bỏ phiếu vòng 2'] as const;
export const REVOTE_TITLE = REVOTE_TITLES[0];

// `Quy tắc`: each rule's labels are in its entry of rules-table.ts, with how it is read, described and templated.
