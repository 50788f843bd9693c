// A short, stable fingerprint of some text (64 bits as 16 hex digits, two 32-bit multiplicative hashes in the
// manner of cyrb53). Not a security measure: it tells whether two workbooks hold the same inputs, and lets a
// returned file be matched to its master.

export function fingerprint(text: string): string {
  return fingerprintOf([text]);
}

/**
 * The fingerprint of the text the pieces make one after the other, without making it (a workbook's inputs run to
 * tens of megabytes). Each piece after the first must start with an ASCII character: the text is normalised (NFC)
 * piece by piece, which equals normalising it whole only where no character combines across the joint — and no
 * character combines with an ASCII one that follows it.
 */
export function fingerprintOf(pieces: Iterable<string>): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const piece of pieces) {
    const s = piece.normalize('NFC');
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}
