// The part of pako 1.0 (the DEFLATE of JSZip, used here directly) that archive.ts uses: pako 1 ships no types.

declare module 'pako' {
  export type Level = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  export interface InflateOptions {
    raw?: boolean;
    chunkSize?: number;
  }
  export interface Inflator {
    onData: (chunk: Uint8Array) => void;
    push(data: Uint8Array, mode: boolean): boolean;
    err: number;
    msg: string;
  }
  export interface Pako {
    Inflate: new (options?: InflateOptions) => Inflator;
    deflateRaw(data: Uint8Array, options?: { level?: Level }): Uint8Array;
  }
  const pako: Pako;
  export default pako;
}
