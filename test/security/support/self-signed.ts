import { generateKeyPairSync, sign } from 'node:crypto';

/**
 * A throwaway self-signed certificate for 127.0.0.1/localhost, made with node:crypto at test time
 * (no key or certificate is committed). Node has no API that writes X.509, so this is a minimal
 * DER encoder for exactly one shape: v3, ECDSA P-256 with SHA-256, CN=localhost, a SAN extension.
 */
export interface TestCertificate {
  keyPem: string;
  certPem: string;
}

function length(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let rest = n; rest > 0; rest >>= 8) bytes.unshift(rest & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function tlv(tag: number, ...contents: Buffer[]): Buffer {
  const body = Buffer.concat(contents);
  return Buffer.concat([Buffer.from([tag]), length(body.length), body]);
}

const sequence = (...c: Buffer[]) => tlv(0x30, ...c);
const set = (...c: Buffer[]) => tlv(0x31, ...c);
const explicit = (n: number, ...c: Buffer[]) => tlv(0xa0 + n, ...c);

function integer(value: Buffer): Buffer {
  // DER integers are signed: a leading 1 bit would make the serial negative.
  return tlv(0x02, (value[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), value]) : value);
}

function oid(dotted: string): Buffer {
  const [a = 0, b = 0, ...rest] = dotted.split('.').map(Number);
  const bytes = [40 * a + b];
  for (const part of rest) {
    const base128: number[] = [];
    for (let v = part; ; v = Math.floor(v / 128)) {
      base128.unshift((v % 128) | (base128.length ? 0x80 : 0));
      if (v < 128) break;
    }
    bytes.push(...base128);
  }
  return tlv(0x06, Buffer.from(bytes));
}

function utcTime(date: Date): Buffer {
  const iso = date.toISOString();
  return tlv(
    0x17,
    Buffer.from(`${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`),
  );
}

const ECDSA_SHA256 = sequence(oid('1.2.840.10045.4.3.2'));
const NAME = sequence(set(sequence(oid('2.5.4.3'), tlv(0x0c, Buffer.from('localhost')))));

export function selfSignedCertificate(nowMs: number = Date.now()): TestCertificate {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const subjectAltName = sequence(tlv(0x82, Buffer.from('localhost')), tlv(0x87, Buffer.from([127, 0, 0, 1])));
  const tbs = sequence(
    explicit(0, integer(Buffer.from([2]))),
    integer(Buffer.from('5ec0a11d', 'hex')),
    ECDSA_SHA256,
    NAME,
    sequence(utcTime(new Date(nowMs - 86_400_000)), utcTime(new Date(nowMs + 86_400_000))),
    NAME,
    publicKey.export({ type: 'spki', format: 'der' }),
    explicit(3, sequence(sequence(oid('2.5.29.17'), tlv(0x04, subjectAltName)))),
  );
  const signature = sign('sha256', tbs, privateKey);
  const der = sequence(tbs, ECDSA_SHA256, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])));
  const body = der
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .trim();
  return {
    keyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    certPem: `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`,
  };
}
