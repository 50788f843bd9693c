// The names of the workbooks the commands write beside the one they were given (the folder is --out's), as short
// as the writer makes every name (files.ts), so a check for an earlier output looks for the name really written.

import * as path from 'node:path';
import { shortName } from './files';

const stem = (file: string) => path.basename(file).replace(/\.xlsx$/i, '');

/** What `score` writes: `khoi.xlsx` -> `khoi.ket-qua.xlsx`. */
export const resultName = (file: string): string => shortName(`${stem(file)}.ket-qua.xlsx`);

/** The master `split` writes with the bloc's secret: `khoi.xlsx` -> `khoi.so-goc.xlsx`. */
export const masterName = (file: string): string => shortName(`${stem(file)}.so-goc.xlsx`);

/** What `collect` writes: `khoi.xlsx` (or the master `khoi.so-goc.xlsx`) -> `khoi.da-gop.xlsx`. */
export const mergedName = (file: string): string => shortName(`${stem(file).replace(/\.so-goc$/i, '')}.da-gop.xlsx`);
