import { BxtdError, isBxtdError } from '../../src/domain/errors';

/** The loader's refusal of a file (fails the test when the file is read instead). */
export async function refusal(p: Promise<unknown>): Promise<BxtdError> {
  try {
    await p;
  } catch (e) {
    expect(isBxtdError(e)).toBe(true);
    return e as BxtdError;
  }
  throw new Error('expected a refusal');
}
