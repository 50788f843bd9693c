// The `bxtd` commands, one entry each: name, arguments and options with their help, the JSON document it prints
// with --json, and its handler, loaded only when the command runs (start-up reads this table and nothing heavy).
// The dispatcher (main.ts) parses arguments, checks them and runs the handler inside the one guard; the usage text
// is made from this table (usage.ts). Adding a command is one entry here and its module exporting `run`.

import type { Text } from '../domain/model';
import { DOCUMENTS, kindsWrittenBy, type DocumentKind, type DocumentSet } from '../minutes/kinds';
import type { Io } from './io';

/** A positional argument; `many`: one or more (always last). */
export interface ArgSpec {
  name: Text; // "SỔ.xlsx" / "WORKBOOK.xlsx"
  help: Text;
  many?: boolean;
}

export interface OptionSpec {
  name: string; // without "--"
  /** The value's placeholder ("THƯ_MỤC" / "DIR"); null for a flag. */
  value: Text | null;
  help: Text;
  /** Used when the option is left out (shown in the help; the option is then optional). */
  default?: string;
  /** The only values accepted. */
  choices?: readonly string[];
}

/** What a handler is given: the arguments as parsed and checked against its entry. */
export interface CommandArgs {
  positional: string[];
  options: Map<string, string | true>;
  /** `--out`, or its default; null for a command without one. */
  out: string | null;
  json: boolean;
}

export interface CommandModule {
  run: (args: CommandArgs, io: Io) => Promise<number>;
  /** The JSON document with nothing in it, which a refusal fills `errors` into (commands with --json). */
  emptyJson?: () => object;
}

export interface CommandSpec {
  name: string;
  summary: Text;
  args: ArgSpec[];
  options: OptionSpec[];
  /** The document printed with --json, as the README documents it; null: no --json. */
  json: string | null;
  load: () => Promise<CommandModule>;
}

/** Options every command takes. */
export const COMMON_OPTIONS: OptionSpec[] = [
  {
    name: 'lang',
    value: { vi: 'vi|en', en: 'vi|en' },
    help: { vi: 'ngôn ngữ của thông báo', en: 'language of the messages' },
    default: 'vi',
    choices: ['vi', 'en'],
  },
  { name: 'debug', value: null, help: { vi: 'in chi tiết khi có lỗi ngoài dự kiến', en: 'print the details of an unexpected failure' } },
  { name: 'help', value: null, help: { vi: 'cách dùng lệnh', en: "the command's usage" } },
];

const OUT: OptionSpec = {
  name: 'out',
  value: { vi: 'THƯ_MỤC', en: 'DIR' },
  help: { vi: 'thư mục ghi các tệp kết quả, tạo nếu chưa có', en: 'folder the files are written to, made when missing' },
  default: 'out',
};

const JSON_OPTION: OptionSpec = {
  name: 'json',
  value: null,
  help: {
    vi: 'in đúng một tài liệu JSON lên stdout, cả khi bị từ chối',
    en: 'print exactly one JSON document on stdout, refusals included',
  },
};

const WORKBOOK: ArgSpec = {
  name: { vi: 'SỔ.xlsx', en: 'WORKBOOK.xlsx' },
  help: { vi: 'sổ chấm điểm của Khối', en: "the bloc's scoring workbook" },
};

/** `--template-<option>` for each kind a set writes, with the document's title from the registry. */
function templateOptions(set: DocumentSet): OptionSpec[] {
  return kindsWrittenBy(set).map((k) => ({
    name: templateOption(k),
    value: { vi: 'MẪU.docx', en: 'TEMPLATE.docx' },
    help: { vi: `mẫu riêng cho ${DOCUMENTS[k].title.vi}`, en: `own template for the ${DOCUMENTS[k].title.en}` },
  }));
}

/** The command-line option naming a kind's own template. */
export const templateOption = (kind: DocumentKind): string => `template-${DOCUMENTS[kind].option}`;

export const COMMANDS: CommandSpec[] = [
  {
    name: 'score',
    summary: {
      vi: 'Chấm điểm, xếp hạng, đề nghị khen thưởng; ghi sổ kèm trang Kết quả (và các văn bản của Hội nghị với --minutes).',
      en: 'Score, rank and propose the awards; write the workbook with its Kết quả sheet (and the meeting’s documents with --minutes).',
    },
    args: [WORKBOOK],
    options: [
      OUT,
      JSON_OPTION,
      {
        name: 'minutes',
        value: null,
        help: {
          vi: 'ghi thêm các văn bản của Hội nghị (biên bản, phiếu bầu, biên bản kiểm phiếu)',
          en: 'also write the meeting’s documents (minutes, ballot paper, vote-count minute)',
        },
      },
      ...templateOptions('minutes'),
    ],
    json: '{"bloc":{name,province,year,period,periodKind,review,kind},"ranking":[{rank,unit,total,base,bonus,deduction,votes,voteRound,eligible,ineligibleReason,proposal,reasons}],"flag":[…],"merit":[…],"pending":[{award,among,slots,how,othersGet,reason}],"unresolvedTies":[[…]],"ballot":…,"rounds":[{round,counted,slots,issued,returned,valid,votes:[{unit,for,against}],winners}],"nextBallot":{round,candidates,slots},"nextHead":{unit,suggested},"nextDeputy":{unit,suggested},"nextHost":…,"documents":{ballot,count,handover,dossier},"warnings":[{cell,code,message,topic?}],"errors":[{cell,code,message}]}',
    load: () => import('./score'),
  },
  {
    name: 'ho-so',
    summary: {
      vi: 'Lập hồ sơ đề nghị khen thưởng gửi cấp tỉnh (chỉ khi mọi đề nghị đã được quyết định).',
      en: 'Write the award dossier for the province (only once every award is decided).',
    },
    args: [WORKBOOK],
    options: [OUT, JSON_OPTION, ...templateOptions('dossier')],
    json: '{"files":[{kind,unit,path}],"pending":[{award,among,slots,how,othersGet,reason}],"errors":[{cell,code,message}]}',
    load: () => import('./dossier'),
  },
  {
    name: 'split',
    summary: {
      vi: 'Tạo bảng tự chấm cho từng đơn vị để gửi qua thư điện tử; sổ gốc mang mã bảo mật của Khối được ghi vào thư mục kết quả.',
      en: 'Make one self-scoring workbook per member unit to send by email; the master carrying the bloc’s secret is written to the output folder.',
    },
    args: [WORKBOOK],
    options: [OUT, JSON_OPTION],
    json: '{"fingerprint","master","files":[{unit,file}],"warnings":[{cell,code,message}],"errors":[{cell,code,message}]}',
    load: () => import('./split'),
  },
  {
    name: 'collect',
    summary: {
      vi: 'Kiểm tra các bảng tự chấm gửi về và gộp điểm vào một bản sao của sổ gốc.',
      en: 'Check the returned self-scoring workbooks and merge their scores into a copy of the master.',
    },
    args: [
      {
        name: { vi: 'SỔ_GỐC.xlsx', en: 'MASTER.xlsx' },
        help: { vi: 'sổ gốc của Khối (có mã bảo mật)', en: "the bloc's master (with its secret)" },
      },
      {
        name: { vi: 'TỆP_GỬI_VỀ.xlsx', en: 'RETURNED.xlsx' },
        help: { vi: 'các bảng tự chấm các đơn vị gửi về', en: 'the self-scoring workbooks the units sent back' },
        many: true,
      },
    ],
    options: [
      OUT,
      {
        name: 'overwrite',
        value: null,
        help: {
          vi: 'ghi đè các ô đã có giá trị khác (được ghi vào Nhật ký gộp) và tệp đã gộp trước đó',
          en: 'overwrite cells holding another value (journaled in Nhật ký gộp) and an earlier merged file',
        },
      },
      JSON_OPTION,
    ],
    json: '{"output","exitCode","fingerprint","accepted","rejected","duplicates","written","pendingConflicts","files":[{file,status,unit,values,written,unchanged,conflicts,reasons,notes}],"conflicts":[{file,unit,criterion,cell,master,returned,overwritten}],"issues":[…],"errors":[{cell,code,message}]}',
    load: () => import('./collect'),
  },
  {
    name: 'tong-hop',
    summary: {
      vi: 'Tổng hợp các sổ đã chấm của các Khối trong tỉnh: một sổ tổng hợp và Tờ trình.',
      en: 'Summarise the scored workbooks of a province’s blocs: one summary workbook and the Tờ trình.',
    },
    args: [
      {
        name: { vi: 'SỔ_ĐÃ_CHẤM.xlsx', en: 'SCORED.xlsx' },
        help: { vi: 'các sổ đã chấm (có trang Kết quả)', en: 'the scored workbooks (with their Kết quả sheet)' },
        many: true,
      },
    ],
    options: [
      OUT,
      {
        name: 'province',
        value: { vi: 'TỈNH', en: 'PROVINCE' },
        help: { vi: 'chỉ tổng hợp các sổ của tỉnh này', en: 'summarise only the workbooks of this province' },
      },
      {
        name: 'year',
        value: { vi: 'NĂM', en: 'YEAR' },
        help: { vi: 'chỉ tổng hợp các sổ của năm này', en: 'summarise only the workbooks of this year' },
      },
      ...templateOptions('province'),
      JSON_OPTION,
    ],
    json: '{"province","year","period","blocs":[{"bloc":{name,province,year,period,members,head,deputy},"file","checkCode","flag":[{unit,total,rank,votes,voteShare,awaitingVote}],"merit":[…],"pending":[{award,among,slots,how,othersGet,reason}],"nextHead":{unit,suggested},"nextDeputy":{…}}],"rejected":[{file,reason}],"duplicates":[{bloc,kept,dropped,identical,reason}],"written":[…],"errors":[{cell,code,message}]}',
    load: () => import('./tong-hop'),
  },
  {
    name: 'placeholders',
    summary: {
      vi: 'Liệt kê các trường thay thế dùng được trong mẫu văn bản (.docx).',
      en: 'List the placeholders document templates (.docx) may use.',
    },
    args: [],
    options: [],
    json: null,
    load: () => import('./placeholders'),
  },
];

export function findCommand(name: string | undefined): CommandSpec | null {
  return COMMANDS.find((c) => c.name === name) ?? null;
}

/** Every option a command accepts: its own and the common ones. */
export const optionsOf = (c: CommandSpec): OptionSpec[] => [...c.options, ...COMMON_OPTIONS];
