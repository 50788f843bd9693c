// Run before every test file (jest `setupFiles`): what every browser the pane runs in has and jsdom leaves out, set
// before any module is loaded (the zip layer makes its TextEncoder when it is imported).
import { TextDecoder, TextEncoder } from 'node:util';

Object.assign(globalThis, { TextDecoder: globalThis.TextDecoder ?? TextDecoder, TextEncoder: globalThis.TextEncoder ?? TextEncoder });
