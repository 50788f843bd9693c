import { XlsxError } from '../../src/xlsx/read';

/** The loader's refusal of a file (fails the test when the file is read instead). */
export async function refusal(p: Promise<unknown>): Promise<XlsxError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(XlsxError);
    return e as XlsxError;
  }
  throw new Error('expected a refusal');
}
