// A short, stable fingerprint of some text (64-bit FNV-1a, hex). Not a security measure: it tells whether two
// workbooks hold the same inputs, and lets a returned file be matched to its master.

const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

export function fingerprint(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const bytes = new TextEncoder().encode(text.normalize('NFC'));
  for (const b of bytes) hash = ((hash ^ BigInt(b)) * PRIME) & MASK;
  return hash.toString(16).padStart(16, '0');
}
