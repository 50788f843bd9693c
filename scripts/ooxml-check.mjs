#!/usr/bin/env node
// The offline stand-in for "Excel / Word open it without a repair prompt": every XML part of .xlsx / .docx files is
// validated against the ISO/IEC 29500 transitional schemas vendored in schemas/ooxml, with libxml2 compiled to
// WebAssembly (the npm package libxml2-wasm): nothing to install beyond `npm install`.
//
//   npm run ooxml-check -- FILE.xlsx FILE.docx ...        Office packages, each part by its content type
//   npm run ooxml-check -- --schema XSD FILE.xml ...      plain XML files against one schema (e.g. manifest.xml)
//
// Prints one line per part that fails (file, part, first schema error) and a summary per file; exits 0 only when every
// part of every file validates, 1 otherwise, 2 on a usage error, 3 when the checker itself fails; the last line is
// always the count of valid files. As Office does, markup-compatibility content is
// resolved first (what mc:Ignorable lists is dropped, mc:AlternateContent keeps its mc:Fallback), and xml:space,
// which XML allows on any element, is ignored. Parts with no schema here (docProps/core.xml, customXml, extension
// parts) are counted as such. A part that is not well-formed XML is invalid.
//
// Plain JavaScript (ES module) so that it runs without a build, from the tests (test/ooxml.ts) and by hand.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XmlDocument, XsdValidator } from 'libxml2-wasm';
import { xmlRegisterFsInputProviders } from 'libxml2-wasm/lib/nodejs.mjs';

const require = createRequire(import.meta.url);
const PizZip = require('pizzip');
const { SaxesParser } = require('saxes');

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const OOXML_SCHEMAS = path.join(HERE, '..', 'schemas', 'ooxml');

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS = 'http://www.w3.org/2000/xmlns/';
const CT = 'application/vnd.openxmlformats-officedocument.';
const SCHEMA_BY_TYPE = {
  'spreadsheetml.sheet.main+xml': 'sml.xsd',
  'spreadsheetml.worksheet+xml': 'sml.xsd',
  'spreadsheetml.styles+xml': 'sml.xsd',
  'spreadsheetml.sharedStrings+xml': 'sml.xsd',
  'spreadsheetml.table+xml': 'sml.xsd',
  'spreadsheetml.comments+xml': 'sml.xsd',
  'spreadsheetml.calcChain+xml': 'sml.xsd',
  'drawing+xml': 'dml-spreadsheetDrawing.xsd',
  'drawingml.chart+xml': 'dml-chart.xsd',
  'theme+xml': 'dml-main.xsd',
  'wordprocessingml.document.main+xml': 'wml.xsd',
  'wordprocessingml.styles+xml': 'wml.xsd',
  'wordprocessingml.settings+xml': 'wml.xsd',
  'wordprocessingml.numbering+xml': 'wml.xsd',
  'wordprocessingml.fontTable+xml': 'wml.xsd',
  'wordprocessingml.header+xml': 'wml.xsd',
  'wordprocessingml.footer+xml': 'wml.xsd',
  'wordprocessingml.footnotes+xml': 'wml.xsd',
  'wordprocessingml.endnotes+xml': 'wml.xsd',
  'wordprocessingml.webSettings+xml': 'wml.xsd',
  'extended-properties+xml': 'shared-documentPropertiesExtended.xsd',
};

let fsProviders = false;
const validators = new Map();
/** The compiled schema (compiled once per process: sml.xsd takes about 0.4 s). */
function validator(xsdPath) {
  let v = validators.get(xsdPath);
  if (!v) {
    if (!fsProviders) fsProviders = xmlRegisterFsInputProviders(); // xsd:import of the sibling schema files
    const doc = XmlDocument.fromBuffer(readFileSync(xsdPath), { url: xsdPath });
    v = XsdValidator.fromDoc(doc);
    validators.set(xsdPath, v);
  }
  return v;
}

/** null when `xml` validates against the schema, else its first error as `line N: message`. */
export function firstSchemaError(xsdPath, xml) {
  const schema = validator(xsdPath); // a schema that cannot be read or compiled is the checker's failure, not the file's
  let doc;
  try {
    doc = XmlDocument.fromBuffer(xml);
  } catch (e) {
    return `not well-formed XML: ${oneLine(e.message)}`;
  }
  try {
    schema.validate(doc);
    return null;
  } catch (e) {
    const d = e.details?.[0];
    return d ? `line ${d.line}: ${oneLine(d.message)}` : oneLine(e.message);
  } finally {
    doc.dispose();
  }
}

const oneLine = (s) => String(s).trim().split('\n')[0];

const escText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s) => escText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');

/**
 * The part as a consumer that knows no extension reads it: elements of the namespaces mc:Ignorable lists are dropped
 * with their content, so are their attributes, mc:Choice is dropped and mc:Fallback's content takes the place of its
 * mc:AlternateContent; mc: attributes and xml:space go. Throws on XML that is not well-formed.
 */
export function resolveMarkupCompatibility(data) {
  const out = [];
  // Errors name lines of the part as stored: a start tag is written on the line where it ends in the original.
  let line = 1;
  const emit = (s) => {
    out.push(s);
    for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) line++;
  };
  const parser = new SaxesParser({ xmlns: true, position: true });
  // One frame per open element: whether it is written, the namespaces ignorable inside it, and (for a dropped
  // mc:AlternateContent or mc:Fallback) its namespace declarations, which its written children must carry.
  const stack = [{ written: false, ignorable: new Set(), carry: [] }];
  let skipDepth = 0; // > 0 inside a dropped subtree
  parser.on('opentag', (tag) => {
    const parent = stack[stack.length - 1];
    if (skipDepth > 0) {
      skipDepth++;
      return;
    }
    const ignorable = new Set(parent.ignorable);
    const mcIgnorable = Object.values(tag.attributes).find((a) => a.uri === MC && a.local === 'Ignorable');
    for (const p of (mcIgnorable?.value ?? '').split(/\s+/)) {
      const uri = p && parser.resolve(p);
      if (uri) ignorable.add(uri);
    }
    const isRoot = stack.length === 1;
    if (!isRoot && (ignorable.has(tag.uri) || (tag.uri === MC && tag.local === 'Choice'))) {
      skipDepth = 1;
      return;
    }
    const decls = Object.values(tag.attributes).filter((a) => a.uri === XMLNS);
    if (tag.uri === MC && (tag.local === 'AlternateContent' || tag.local === 'Fallback')) {
      stack.push({ written: false, ignorable, carry: [...parent.carry, ...decls] });
      return;
    }
    const own = new Set(decls.map((a) => a.name));
    const attrs = [
      ...parent.carry.filter((a) => !own.has(a.name)),
      ...Object.values(tag.attributes).filter(
        (a) => a.uri === XMLNS || !(a.uri === MC || ignorable.has(a.uri) || (a.uri === XML_NS && a.local === 'space')),
      ),
    ];
    if (line < parser.line) emit('\n'.repeat(parser.line - line));
    emit(`<${tag.name}${attrs.map((a) => ` ${a.name}="${escAttr(a.value)}"`).join('')}>`);
    stack.push({ written: true, name: tag.name, ignorable, carry: [] });
  });
  parser.on('closetag', () => {
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    const frame = stack.pop();
    if (frame.written) emit(`</${frame.name}>`);
  });
  parser.on('text', (t) => {
    if (skipDepth === 0 && stack.length > 1) emit(escText(t));
  });
  parser.on('cdata', (t) => {
    if (skipDepth === 0 && stack.length > 1) emit(escText(t));
  });
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(Buffer.from(data).toString('utf8')).close();
  return Buffer.from(out.join(''), 'utf8');
}

function contentTypes(zip) {
  const types = new Map();
  const xml = zip.file('[Content_Types].xml')?.asText();
  if (xml === undefined) throw new Error('no [Content_Types].xml');
  const parser = new SaxesParser({ xmlns: true, position: false });
  parser.on('opentag', (t) => {
    const a = (n) => t.attributes[n]?.value;
    if (t.local === 'Override') types.set(a('PartName'), a('ContentType'));
    else if (t.local === 'Default') types.set(`ext:${String(a('Extension')).toLowerCase()}`, a('ContentType'));
  });
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
  return types;
}

function schemaFor(part, types) {
  if (part.endsWith('.rels')) return 'opc-relationships.xsd';
  if (part === '[Content_Types].xml') return 'opc-contentTypes.xsd';
  const t = types.get(`/${part}`) ?? types.get(`ext:${part.split('.').pop().toLowerCase()}`) ?? '';
  return t.startsWith(CT) ? (SCHEMA_BY_TYPE[t.slice(CT.length)] ?? null) : null;
}

/** One package's parts: the invalid ones with their first error, and the counts. Throws when it is no package. */
export function checkPackage(file) {
  const zip = new PizZip(readFileSync(file));
  const types = contentTypes(zip);
  const bad = [];
  let ok = 0;
  let skipped = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const xsd = schemaFor(entry.name, types);
    if (!xsd) {
      skipped++;
      continue;
    }
    let xml;
    try {
      xml = resolveMarkupCompatibility(entry.asUint8Array());
    } catch (e) {
      bad.push({ part: entry.name, message: `not well-formed XML: ${oneLine(e.message)}` });
      continue;
    }
    const error = firstSchemaError(path.join(OOXML_SCHEMAS, xsd), xml);
    if (error) bad.push({ part: entry.name, message: error });
    else ok++;
  }
  return { bad, ok, skipped };
}

function main(args) {
  const lines = [];
  let failed = 0;
  if (args[0] === '--schema') {
    const [, xsd, ...files] = args;
    if (!xsd || !files.length) return usage();
    for (const f of files) {
      const error = firstSchemaError(path.resolve(xsd), readFileSync(f));
      lines.push(error ? `${f}: ${error}` : `${f} validates`);
      failed += error ? 1 : 0;
    }
    lines.push(`ooxml-check: ${files.length - failed}/${files.length} files valid`);
  } else {
    if (!args.length || args.some((a) => a.startsWith('-'))) return usage();
    for (const f of args) {
      let r;
      try {
        r = checkPackage(f);
      } catch (e) {
        lines.push(`${f}: not an Office Open XML package (${oneLine(e.message)})`);
        failed++;
        continue;
      }
      for (const { part, message } of r.bad) lines.push(`${f}: ${part}: ${message}`);
      lines.push(`${f}: ${r.ok} parts valid, ${r.bad.length} invalid, ${r.skipped} without a schema here`);
      failed += r.bad.length ? 1 : 0;
    }
    lines.push(`ooxml-check: ${args.length - failed}/${args.length} files valid`);
  }
  console.log(lines.join('\n'));
  return failed ? 1 : 0;
}

function usage() {
  console.error('usage: ooxml-check FILE.xlsx|FILE.docx ...\n       ooxml-check --schema SCHEMA.xsd FILE.xml ...');
  return 2;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    // The checker's own failure (a schema missing, say): never to be read as "invalid" nor as "valid".
    console.error(`ooxml-check could not run: ${e.stack ?? e}`);
    process.exitCode = 3;
  }
}
