// The handover minute: a tổng kết hands the head role over (this period's head to next period's, the deputies
// witnessing, each unit signing once); a sơ kết hands over the hosting of the next review (the head, for the bloc,
// to the next host). Every signer has its role and unit in capitals, broken at sensible places, and a name line.

import { tidy } from '../../domain/text';
import type { Unit } from '../../domain/model';
import { evenLines, phraseLines, SIGNER_CHARS } from '../lines';
import type { GroupData } from '../vocabulary';
import { BLANK, ends, findUnit, orBlank, type Context } from './common';
import { appointed, repName } from './meeting';

interface Party {
  unit: Unit | null;
  written: string | null; // as written in `Thông tin` when it names no unit
}

const party = (ctx: Context, name: string | null | undefined): Party => ({
  unit: findUnit(ctx.bloc, name),
  written: name ? tidy(name) : null,
});
const same = (a: Party, b: Party) => a.unit != null && a.unit === b.unit;
const partyName = (x: Party) => orBlank(x.unit?.name ?? x.written);
const caps = (s: string) => s.toLocaleUpperCase('vi');

interface Signer {
  role: string;
  note: string;
  name: string;
}

/** Two signers a row. */
function pairs(signers: Signer[]): GroupData['handover']['chu_ky_ban_giao'] {
  const rows: GroupData['handover']['chu_ky_ban_giao'] = [];
  for (let i = 0; i < signers.length; i += 2) {
    const [a, b] = [signers[i], signers[i + 1]];
    rows.push({
      trai_vai_tro: a.role,
      trai_ghi_chu: a.note,
      trai_ho_ten: a.name,
      phai_vai_tro: b?.role ?? '',
      phai_ghi_chu: b?.note ?? '',
      phai_ho_ten: b?.name ?? '',
    });
  }
  return rows;
}

export function handoverGroup(ctx: Context): GroupData['handover'] {
  const { bloc, result, words, year, next } = ctx;
  const head = party(ctx, bloc.info.head);
  const signer = (role: string, x: Party): Signer => ({
    role: `${evenLines(caps(role), SIGNER_CHARS)}\n${evenLines(caps(partyName(x)), SIGNER_CHARS)}`,
    note: '(Ký, ghi rõ họ tên, đóng dấu)',
    name: repName(x.unit), // a dotted line to sign over when the workbook gives no name
  });
  // "BAN THI ĐUA - KHEN THƯỞNG" stays whole on its line; the province under it.
  const province = bloc.info.province.trim().replace(/^tỉnh\s+/iu, '');
  const board: Signer = {
    role: `ĐẠI DIỆN\nBAN THI ĐUA - KHEN THƯỞNG\n${caps(province ? `tỉnh ${province}` : 'tỉnh')}`,
    note: '(Ký, ghi rõ họ tên)',
    name: BLANK,
  };

  if (result.review === 'soKet') {
    const host = party(ctx, result.nextHost);
    return {
      la_ban_giao_dang_cai: true,
      tieu_de_ban_giao: phraseLines(['Bàn giao đăng cai tổ chức hội nghị kỳ tiếp theo', `của ${orBlank(bloc.info.name)}`]),
      ben_giao_kiem: '',
      ben_nhan_kiem: '',
      chung_kien: [],
      chu_ky_ban_giao: pairs([signer('Đại diện bên giao', head), signer('Đại diện bên nhận', host), board]),
    };
  }

  const deputy = party(ctx, bloc.info.deputy);
  const nextRoles = appointed(ctx);
  const nextHead = party(ctx, nextRoles.head);
  const nextDeputy = party(ctx, nextRoles.deputy);
  const witnesses: { role: string; party: Party }[] = [];
  if (!same(deputy, head) && !same(deputy, nextHead)) {
    const continues = same(deputy, nextDeputy);
    witnesses.push({ role: `Đơn vị ${words.deputy.vi} năm ${year}${continues ? ` và năm ${next}` : ''}`, party: deputy });
  }
  if (!same(nextDeputy, head) && !same(nextDeputy, nextHead) && !same(nextDeputy, deputy)) {
    witnesses.push({ role: `Đơn vị ${words.deputy.vi} năm ${next}`, party: nextDeputy });
  }
  return {
    la_ban_giao_dang_cai: false,
    tieu_de_ban_giao: phraseLines([`Bàn giao nhiệm vụ ${words.head.vi} ${orBlank(bloc.info.name)}`, `năm ${next}`]),
    ben_giao_kiem: same(head, nextDeputy) ? `, đồng thời là đơn vị ${words.deputy.vi} năm ${next}` : '',
    ben_nhan_kiem: same(nextHead, deputy) ? `, đồng thời là đơn vị ${words.deputy.vi} năm ${year}` : '',
    chung_kien: ends(
      witnesses.map((w) => ({
        vai_tro: w.role,
        ten_don_vi: partyName(w.party),
        dai_dien: repName(w.party.unit),
        chuc_vu: orBlank(w.party.unit?.title),
      })),
    ),
    chu_ky_ban_giao: pairs([
      signer('Đại diện bên giao', head),
      signer('Đại diện bên nhận', nextHead),
      ...witnesses.map((w) => signer(w.role, w.party)),
      board,
    ]),
  };
}
