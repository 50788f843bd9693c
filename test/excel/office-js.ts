// The real Office.js client, in Node: Microsoft's Excel library from @microsoft/office-js (the debug build of the
// file Excel on the web loads) runs in a `vm` context with the few browser globals it touches at load. Its requests
// go through `OfficeExtension.HttpUtility.setCustomSendRequestFunc` (the client's hook for a custom transport,
// used when the context's URL is not the local document) to the Excel double's Rich API endpoint
// (src/excel-double/rich-api.ts), which answers them from the double's workbook. So the add-in's own code —
// `officeHost()`, Excel.run, load, sync — is serialized exactly as Excel would receive it, and each request and
// response is logged with its real size.
//
// `Office.context.requirements.isSetSupported` answers from the double's API version, and the client's own API-set
// check (`_doApiNotSupportedCheck`, which the shipped library leaves off by a slip: it is set on the subclass) is
// turned on: a member above the version throws ApiNotFound in the client, as on an older Excel.

import * as fs from 'fs';
import * as vm from 'vm';
import type { ExcelDouble, Exchange } from '../../src/excel-double';
import { officeHost, type ExcelHost } from '../../src/excel/host';

const LIBRARY = require.resolve('@microsoft/office-js/dist/excel-web-16.00.debug.js');
const URL = 'https://excel.test/';

interface OfficeJs {
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension & {
    HttpUtility: {
      setCustomSendRequestFunc(f: (request: { body: unknown }) => Promise<{ statusCode: number; headers: object; body: string }>): void;
    };
    CommonUtility: { _doApiNotSupportedCheck: boolean };
  };
}

let script: vm.Script | null = null;

/** A fresh copy of the library in its own realm (one per test file is enough; loading takes a few hundred ms). */
function loadLibrary(isSetSupported: (name: string, version: string) => boolean): OfficeJs {
  script ??= new vm.Script(fs.readFileSync(LIBRARY, 'utf8'), { filename: 'excel-web-16.00.debug.js' });
  const quiet = () => undefined;
  const sandbox: Record<string, unknown> = {
    console: { log: quiet, info: quiet, warn: quiet, error: quiet, debug: quiet },
    setTimeout,
    clearTimeout,
    Promise,
    navigator: { userAgent: 'Mozilla/5.0 (Node) Chrome/120' },
    location: {
      href: 'https://localhost/taskpane.html',
      search: '',
      hash: '',
      protocol: 'https:',
      host: 'localhost',
      hostname: 'localhost',
    },
    document: {
      getElementById: () => null,
      getElementsByTagName: () => [],
      addEventListener: quiet,
      createElement: () => ({ style: {}, setAttribute: quiet, appendChild: quiet }),
      readyState: 'complete',
      cookie: '',
    },
    addEventListener: quiet,
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  vm.createContext(sandbox);
  script.runInContext(sandbox);
  // The context's default URL: an object of the library's own realm (it checks the prototype).
  vm.runInContext(`OfficeExtension.ClientRequestContext.defaultRequestUrlAndHeaders = { url: '${URL}', headers: {} };`, sandbox);
  sandbox.Office = Object.create(sandbox.Office as object, { context: { value: { requirements: { isSetSupported } } } });
  const lib = sandbox as unknown as OfficeJs;
  lib.OfficeExtension.CommonUtility._doApiNotSupportedCheck = true;
  return lib;
}

export interface RealClient {
  /** `officeHost()` itself, over the real client and the double. */
  host: ExcelHost;
  /** Every request the client sent since the last `take()`, with its answer. */
  exchanges: Exchange[];
  /** The exchanges so far (after the client's clean-up request at the end of Excel.run has gone), and a fresh log. */
  take(): Promise<Exchange[]>;
  /** The raw request bodies, in order (for tests of the serializer itself). */
  bodies: string[];
  Excel: typeof Excel;
}

/** The real client over this double: `Excel.run` in the add-in's code reaches the double through JSON requests. */
export function realClient(double: ExcelDouble): RealClient {
  const versionOk = (version: string) => double.isSetSupported('ExcelApi', version);
  const lib = loadLibrary((name, version) => name !== 'ExcelApi' || versionOk(version));
  const client: RealClient = {
    host: null as unknown as ExcelHost,
    exchanges: [],
    bodies: [],
    async take() {
      await new Promise((resolve) => setTimeout(resolve, 0)); // Excel.run sends its clean-up without waiting
      const out = client.exchanges;
      client.exchanges = [];
      return out;
    },
    Excel: lib.Excel,
  };
  lib.OfficeExtension.HttpUtility.setCustomSendRequestFunc(async (request) => {
    const body = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
    client.bodies.push(body);
    const answer = double.serve(body, (e) => client.exchanges.push(e));
    return { statusCode: 200, headers: {}, body: answer };
  });
  // officeHost() reads the globals Excel and Office, as in the task pane.
  const g = globalThis as Record<string, unknown>;
  const office = {
    context: { requirements: { isSetSupported: (name: string, version: string) => name === 'ExcelApi' && versionOk(version) } },
  };
  const host = officeHost();
  client.host = {
    run: async (batch) => {
      const saved = [g.Excel, g.Office];
      g.Excel = lib.Excel;
      g.Office = office;
      try {
        return await host.run(batch);
      } finally {
        [g.Excel, g.Office] = saved;
      }
    },
    supports: (version) => {
      const saved = g.Office;
      g.Office = office;
      try {
        return host.supports(version);
      } finally {
        g.Office = saved;
      }
    },
  };
  return client;
}
