import { createHash, createHmac, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { hmacSha256, sha256, utf8 } from '../../src/domain/hmac';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

test('SHA-256 and HMAC-SHA-256 agree with the known vectors (FIPS 180-4, RFC 4231 case 2)', () => {
  expect(hex(sha256(utf8('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  expect(hex(sha256(new Uint8Array(0)))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  expect(hmacSha256(utf8('Jefe'), utf8('what do ya want for nothing?'))).toBe(
    '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
  );
});

test('agrees with Node’s crypto on any key and text, Vietnamese included', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 100 }), fc.string({ maxLength: 200 }), (key, text) => {
      const expected = createHmac('sha256', Buffer.from(key)).update(text, 'utf8').digest('hex');
      expect(hmacSha256(key, utf8(text))).toBe(expected);
      expect(hex(sha256(utf8(text)))).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }),
  );
  const key = randomBytes(16);
  expect(hmacSha256(key, utf8('Công an tỉnh Đắk Lắk'))).toBe(createHmac('sha256', key).update('Công an tỉnh Đắk Lắk').digest('hex'));
});
