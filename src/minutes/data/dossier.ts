// The Tờ trình's own values and the documents' distribution lists: its subject line broken between phrases, the
// addressees, the attached documents (the count minute only after a counted vote), its Nơi nhận, the number of its
// Certificate part (1 when there is no flag part); and a minute's Nơi nhận as Decree 30/2020/NĐ-CP's sample minute
// has it (its last line "Lưu: VT, hồ sơ").

import { tidy } from '../../domain/text';
import { countWithWords, dateWords } from '../../domain/vietnamese';
import { phraseLines } from '../lines';
import type { GroupData } from '../vocabulary';
import { BLANK_DATE, lines, orBlank, type Context } from './common';

export function dossierGroup(ctx: Context): GroupData['dossier'] {
  const { bloc, result, words, period } = ctx;
  const { info } = bloc;
  const name = orBlank(info.name);
  const proposed = result.flag.length + result.merit.length;
  const what =
    [result.flag.length ? 'Cờ thi đua' : '', result.merit.length ? 'Bằng khen' : ''].filter(Boolean).join(' và ') ||
    'Cờ thi đua và Bằng khen';
  const recipient = info.dossierRecipient?.trim() ? tidy(info.dossierRecipient) : null;
  const counted = result.vote?.counted === true;
  return {
    trich_yeu_to_trinh: phraseLines([`Về việc đề nghị tặng ${what}`, `cho các đơn vị thuộc ${name} ${period}`]),
    kinh_gui: lines([orBlank(info.awardingBody), ...(recipient ? [recipient] : [])]),
    kinh_gui_nhieu: recipient != null,
    noi_nhan_ho_so: orBlank(info.dossierRecipient),
    so_don_vi_de_nghi: countWithWords(proposed),
    muc_bang_khen: result.flag.length ? '2' : '1',
    ho_so_kem_theo: lines([
      `Biên bản ${ctx.tongKet ? 'họp bình xét, suy tôn thi đua' : 'hội nghị sơ kết thi đua'} ${period} của ${name} ${ctx.date ? dateWords(ctx.date) : BLANK_DATE}`,
      ...(counted ? ['Biên bản kiểm phiếu bầu suy tôn đơn vị dẫn đầu'] : []),
      `Bảng tổng hợp kết quả chấm điểm thi đua ${period} của các đơn vị thành viên`,
      `Báo cáo thành tích của ${countWithWords(proposed)} đơn vị được đề nghị khen thưởng`,
    ]),
    noi_nhan: lines(['Như trên', `Các đơn vị thành viên ${name}`, `Lưu: VT, ${words.abbr}`]),
    noi_nhan_bien_ban: lines([`Các đơn vị thành viên ${name}`, ...(recipient && ctx.tongKet ? [recipient] : []), 'Lưu: VT, hồ sơ']),
  };
}
