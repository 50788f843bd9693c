// `bxtd placeholders`: the placeholders document templates may use, each group with the documents whose templates
// may use it (titles from the registry of kinds).

import type { Lang } from '../domain/model';
import { BLOC_KINDS, DOCUMENTS, kindsUsing } from '../minutes/kinds';
import { placeholdersText as vocabularyText } from '../minutes/vocabulary';
import type { CommandArgs } from './commands';
import type { Io } from './io';

export async function run(_args: CommandArgs, io: Io): Promise<number> {
  io.out(placeholdersText(io.lang));
  return 0;
}

/** What `bxtd placeholders` prints. */
export function placeholdersText(lang: Lang): string {
  return vocabularyText(lang, (group) => {
    const kinds = kindsUsing(group);
    return kinds.length === BLOC_KINDS.length && BLOC_KINDS.every((k) => kinds.includes(k))
      ? [lang === 'vi' ? 'mọi văn bản của Khối' : 'every document of a bloc']
      : kinds.map((k) => DOCUMENTS[k].title[lang]);
  });
}
