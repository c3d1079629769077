import { describe, expect, test } from 'vitest';
import vectors from '../../fixtures/vault/argon2id-vectors.json';
import { aesGcmDecrypt, aesGcmEncrypt, importAesKey } from '../../../src/vault/aesGcm';
import { deriveArgon2id } from '../../../src/vault/argon2Derive';
import { fromHex, toHex, utf8Encode } from '../../../src/vault/bytes';
import { hkdfSha256 } from '../../../src/vault/hkdf';
import { recordAad, sealWithKey } from '../../../src/vault/recordCipher';

describe('Argon2id through the vault wrapper (real hash-wasm)', () => {
  for (const v of vectors.vectors) {
    test(`reproduces ${v.name}`, async () => {
      const key = await deriveArgon2id(utf8Encode(v.password), utf8Encode(v.salt), { m: v.m, t: v.t, p: 1 });
      expect(toHex(key)).toBe(v.hex);
    });
  }

  test('zeroes the passphrase bytes it was given', async () => {
    const password = utf8Encode('password');
    await deriveArgon2id(password, utf8Encode('somesalt'), { m: 19456, t: 2, p: 1 });
    expect([...password].every((b) => b === 0)).toBe(true);
  });
});

describe('AES-256-GCM', () => {
  // NIST-validated GCM test case 16 (McGrew & Viega, "The Galois/Counter Mode of Operation",
  // also in the NIST CAVP gcmEncryptExtIV256 set): 256-bit key, 96-bit IV, AAD, 60-byte text.
  const K = 'feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308';
  const IV = 'cafebabefacedbaddecaf888';
  const P = 'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39';
  const A = 'feedfacedeadbeeffeedfacedeadbeefabaddad2';
  const C = '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662';
  const T = '76fc6ece0f4e1768cddf8853bb2d551b';

  test('matches the NIST vector for encryption and decryption', async () => {
    const key = await importAesKey(fromHex(K), ['encrypt', 'decrypt']);
    const ct = await aesGcmEncrypt(key, fromHex(IV), fromHex(P), fromHex(A));
    expect(toHex(ct)).toBe(C + T);
    expect(toHex(await aesGcmDecrypt(key, fromHex(IV), ct, fromHex(A)))).toBe(P);
  });

  test('record sealing with a fixed key and IV gives the committed ciphertext (format is stable)', async () => {
    const key = await importAesKey(fromHex(K), ['encrypt', 'decrypt']);
    const plaintext = utf8Encode('{"text":"fixed"}');
    const record = await sealWithKey(key, 'c3', '6f1c1f5e-3c1a-4a8e-9b59-1d6b0c2f9a10', fromHex(IV), plaintext);
    expect(record.v).toBe(1);
    const again = await aesGcmEncrypt(key, fromHex(IV), plaintext, recordAad('c3', '6f1c1f5e-3c1a-4a8e-9b59-1d6b0c2f9a10', 1));
    expect(toHex(record.ct)).toBe(toHex(again));
    expect(new TextDecoder().decode(recordAad('c3', 'x', 1))).toBe('polku/record|c3|x|v1');
  });
});

describe('HKDF-SHA-256', () => {
  test('matches RFC 5869 test case 1', async () => {
    const okm = await hkdfSha256(fromHex('0b'.repeat(22)), fromHex('000102030405060708090a0b0c'), fromHex('f0f1f2f3f4f5f6f7f8f9'), 42);
    expect(toHex(okm)).toBe('3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865');
  });
});
