// Fingerprints that tie a self-scoring workbook (email round trip) to its master: the bloc, the period and the
// criteria table. A return whose fingerprint differs was made for another bloc, period or table and is refused.
// Labels are folded (diacritics, case, spaces, NFC/NFD) so that a file re-saved by another program still matches.

import type { Bloc } from '../domain/model';
import { fingerprint } from '../domain/fingerprint';
import { hmacSha256, utf8 } from '../domain/hmac';
import { fold } from '../domain/text';

/** The canonical text the fingerprint is taken of; exported for tests and diagnostics. */
export function roundTripCanon(bloc: Bloc): string {
  const { info, table } = bloc;
  const lines = [
    'bxtd-tu-cham-1',
    fold(info.name),
    fold(info.province),
    String(info.year ?? ''),
    fold(info.period),
    ...table.groups.map((g) => `G|${fold(g.numeral)}|${fold(g.title)}|${g.kind}|${g.max ?? ''}`),
    ...table.criteria.map((c) => `C|${c.group}|${fold(c.key)}|${fold(c.title)}|${c.max ?? ''}`),
  ];
  return lines.join('\n');
}

/** 16 hex characters identifying the bloc, its period and its criteria table. */
export function roundTripFingerprint(bloc: Bloc): string {
  return fingerprint(roundTripCanon(bloc));
}

/**
 * The key of one member unit inside a split file: the table fingerprint and the unit's folded name, signed with the
 * master's secret (HMAC-SHA-256, 64 bits kept), so a return cannot claim another unit without the master. Masters
 * split before the secret existed have none: their keys are the unsigned fingerprint, as then.
 */
export function unitKey(tableFingerprint: string, unitName: string, secret: string | null): string {
  const message = `${tableFingerprint}|${fold(unitName)}`;
  if (!secret) return fingerprint(message);
  return hmacSha256(hexBytes(secret), utf8(message)).slice(0, 16);
}

function hexBytes(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g) ?? [], (b) => parseInt(b, 16));
}
