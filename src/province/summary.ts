// The province's view of its checked bloc workbooks: which province, year and period the summary is for (the one most
// blocs are of, or the one asked for), the files of another one rejected with the reason, the same bloc sent twice
// reported with the newer file kept, and the accepted blocs in their natural order (Khối 2 before Khối 10).

import type { Text } from '../domain/model';
import { fold, tidy } from '../domain/text';
import type { AcceptedFile, CheckedFile } from './check';

export interface Duplicate {
  bloc: string;
  kept: string; // file
  dropped: string[]; // files
  /** Every dropped file holds the same inputs as the kept one (same check code): a copy, nothing lost. */
  identical: boolean;
  reason: Text;
}

export interface Rejection {
  file: string;
  blocName: string | null;
  reasons: Text[];
}

export interface ProvinceSummary {
  province: string | null; // as most of its blocs write it; null when no bloc was accepted
  year: number | null;
  period: string | null; // "Năm", "6 tháng đầu năm"
  blocs: AcceptedFile[];
  rejected: Rejection[]; // in the order the files were given
  duplicates: Duplicate[];
}

/** The province and year the summary is for, when the user names them (`--province`, `--year`). */
export interface Target {
  province?: string;
  year?: number;
}

interface Key {
  province: string;
  year: number;
  period: string;
}

/** "tỉnh Đắk Lắk", "Đắk Lắk", "DAK LAK" are one province. */
export function provinceKey(province: string): string {
  return fold(province).replace(/^(tinh|thanh pho|tp\.?)\s+/, '');
}

/** "" and "Năm" are the whole year; "6 tháng đầu năm" is the half year. */
function periodKey(period: string): string {
  return fold(period) || 'nam';
}

/** "Khối thi đua số 03" and "khối thi đua số 3" are one bloc. */
export function blocKey(name: string): string {
  return fold(name).replace(/\d+/g, (d) => String(Number(d)));
}

const keyOf = (a: AcceptedFile): Key => ({
  province: provinceKey(a.bloc.province),
  year: a.bloc.year ?? NaN,
  period: periodKey(a.bloc.period),
});
const keyText = (k: Key) => `${k.province}|${k.year}|${k.period}`;

/** "tỉnh Đắk Lắk, năm 2024" / "6 tháng đầu năm 2024". */
function describe(a: { province: string; year: number | null; period: string }, lang: 'vi' | 'en'): string {
  const period = periodKey(a.period) === 'nam' ? (lang === 'vi' ? 'năm' : 'year') : a.period;
  const place = lang === 'vi' ? `tỉnh ${a.province}` : `province ${a.province}`;
  return `${place}, ${period} ${a.year ?? '—'}`;
}

/** Local date and time of a modification, "2025-01-09 14:05". */
/**
 * When a file was last modified, local time, to the minute — or to the second, or the millisecond, when the files
 * compared (`all`) would otherwise show different times alike.
 */
function when(ms: number | null, all: readonly (number | null)[] = [ms]): string {
  const at = (t: number | null, digits: 0 | 1 | 2) => {
    if (t == null) return '—';
    const d = new Date(t);
    const two = (n: number) => String(n).padStart(2, '0');
    const minute = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
    return digits === 0
      ? minute
      : `${minute}:${two(d.getSeconds())}${digits === 2 ? `.${String(d.getMilliseconds()).padStart(3, '0')}` : ''}`;
  };
  const distinct = new Set(all).size;
  const digits = ([0, 1, 2] as const).find((p) => new Set(all.map((t) => at(t, p))).size === distinct) ?? 2;
  return at(ms, digits);
}

export function summariseProvince(checked: readonly CheckedFile[], target: Target = {}): ProvinceSummary {
  const rejected: (Rejection & { at: number })[] = [];
  const reject = (f: CheckedFile, reasons: Text[]) =>
    rejected.push({ file: f.file, blocName: f.status === 'accepted' ? f.bloc.name : f.blocName, reasons, at: checked.indexOf(f) });
  const candidates: AcceptedFile[] = [];
  for (const f of checked) {
    if (f.status === 'rejected') {
      reject(f, f.reasons);
    } else if (!f.bloc.province || f.bloc.year == null) {
      const missing = [!f.bloc.province && 'Tỉnh', f.bloc.year == null && 'Năm'].filter(Boolean).join(', ');
      reject(f, [
        {
          vi: `Sổ không ghi ${missing} ở trang Thông tin: không biết Khối thuộc tỉnh, năm nào để tổng hợp.`,
          en: `The workbook does not give ${missing} on sheet Thông tin: there is no telling which province and year the bloc belongs to.`,
        },
      ]);
    } else {
      candidates.push(f);
    }
  }

  // The province, year and period: the one with the most distinct blocs among those asked for.
  const wanted = candidates.filter(
    (c) =>
      (target.province == null || provinceKey(c.bloc.province) === provinceKey(target.province)) &&
      (target.year == null || c.bloc.year === target.year),
  );
  const blocsPerKey = new Map<string, { key: Key; sample: AcceptedFile; blocs: Set<string> }>();
  for (const c of wanted) {
    const k = keyOf(c);
    const entry = blocsPerKey.get(keyText(k)) ?? { key: k, sample: c, blocs: new Set<string>() };
    entry.blocs.add(blocKey(c.bloc.name));
    blocsPerKey.set(keyText(k), entry);
  }
  const ranked = [...blocsPerKey.values()].sort((a, b) => b.blocs.size - a.blocs.size);
  const top = ranked[0];
  const tied = ranked.filter((r) => top && r.blocs.size === top.blocs.size);
  const asked = target.province != null || target.year != null;

  if (tied.length > 1) {
    // No majority: the product does not pick one; the user names the province and year.
    const list = (lang: 'vi' | 'en') =>
      tied.map((t) => `${describe(t.sample.bloc, lang)}: ${t.blocs.size} ${lang === 'vi' ? 'khối' : 'bloc(s)'}`).join('; ');
    for (const c of candidates) {
      reject(c, [
        {
          vi: `Không xác định được tỉnh, năm cần tổng hợp: số khối bằng nhau (${list('vi')}). Hãy chỉ rõ bằng --province và --year.`,
          en: `Cannot tell which province and year to summarise: as many blocs of each (${list('en')}). Name them with --province and --year.`,
        },
      ]);
    }
    return finish(null, rejected, []);
  }

  const blocs: AcceptedFile[] = [];
  for (const c of candidates) {
    if (top && keyText(keyOf(c)) === keyText(top.key)) {
      blocs.push(c);
      continue;
    }
    const chosen = top ? describe(top.sample.bloc, 'vi') : '';
    const chosenEn = top ? describe(top.sample.bloc, 'en') : '';
    const basis = asked
      ? {
          vi: `tỉnh, năm được chọn bằng --province/--year${top ? ` (${chosen})` : ''}`,
          en: `the province and year asked for with --province/--year${top ? ` (${chosenEn})` : ''}`,
        }
      : {
          vi: `phần lớn các sổ (${chosen}: ${top!.blocs.size} khối)`,
          en: `most of the workbooks (${chosenEn}: ${top!.blocs.size} blocs)`,
        };
    reject(c, [
      {
        vi: `Sổ của ${describe(c.bloc, 'vi')}, khác với ${basis.vi}: không tổng hợp chung.`,
        en: `The workbook is for ${describe(c.bloc, 'en')}, unlike ${basis.en}: not summarised with them.`,
      },
    ]);
  }

  // The same bloc twice: the newer file (last modified) is kept.
  const byBloc = new Map<string, AcceptedFile[]>();
  for (const b of blocs) byBloc.set(blocKey(b.bloc.name), [...(byBloc.get(blocKey(b.bloc.name)) ?? []), b]);
  const duplicates: Duplicate[] = [];
  const kept: AcceptedFile[] = [];
  for (const group of byBloc.values()) {
    if (group.length === 1) {
      kept.push(group[0]);
      continue;
    }
    // Newest first; files modified at the same moment keep the order they were given in, the last given first.
    const order = group.map((g, i) => ({ g, i })).sort((a, b) => (b.g.modified ?? -Infinity) - (a.g.modified ?? -Infinity) || b.i - a.i);
    const newest = order[0].g;
    const others = order.slice(1).map((o) => o.g);
    const identical = others.every((o) => o.checkCode === newest.checkCode);
    kept.push(newest);
    const times = group.map((g) => g.modified);
    const sameTime = others.every((o) => o.modified === newest.modified);
    const droppedList = others.map((o) => `${o.file} (${when(o.modified, times)})`).join(', ');
    duplicates.push({
      bloc: newest.bloc.name,
      kept: newest.file,
      dropped: others.map((o) => o.file),
      identical,
      reason: {
        vi:
          (sameTime
            ? `${newest.bloc.name} có ${group.length} tệp sửa đổi cùng lúc (${when(newest.modified, times)}): giữ tệp được đưa vào sau cùng ${newest.file}, bỏ ${others.map((o) => o.file).join(', ')}`
            : `${newest.bloc.name} có ${group.length} tệp: giữ tệp sửa đổi sau cùng ${newest.file} (${when(newest.modified, times)}), bỏ ${droppedList}`) +
          (identical ? ' (cùng dữ liệu).' : ' (dữ liệu khác nhau: hãy kiểm tra tệp nào là bản Khối gửi sau cùng).'),
        en:
          (sameTime
            ? `${newest.bloc.name} comes in ${group.length} files modified at the same time (${when(newest.modified, times)}): kept the one given last, ${newest.file}, dropped ${others.map((o) => o.file).join(', ')}`
            : `${newest.bloc.name} comes in ${group.length} files: kept the last modified, ${newest.file} (${when(newest.modified, times)}), dropped ${droppedList}`) +
          (identical ? ' (same inputs).' : ' (different inputs: check which one the bloc sent last).'),
      },
    });
  }
  kept.sort((a, b) => a.bloc.name.localeCompare(b.bloc.name, 'vi', { numeric: true, sensitivity: 'base' }));
  return finish(top ? top.sample : null, rejected, duplicates, kept);
}

function finish(
  sample: AcceptedFile | null,
  rejected: (Rejection & { at: number })[],
  duplicates: Duplicate[],
  blocs: AcceptedFile[] = [],
): ProvinceSummary {
  return {
    province: sample ? tidy(sample.bloc.province).replace(/^(tỉnh|thành phố)\s+/i, '') : null,
    year: sample?.bloc.year ?? null,
    period: sample ? sample.bloc.period || 'Năm' : null,
    blocs,
    // In the order the files were given.
    rejected: rejected.sort((a, b) => a.at - b.at).map(({ file, blocName, reasons }) => ({ file, blocName, reasons })),
    duplicates,
  };
}
