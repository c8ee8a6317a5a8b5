import { generateKeyPairSync, sign } from 'node:crypto';

/**
 * A throwaway self-signed certificate for one DNS name, made at test time with node:crypto (no key
 * is committed): the XSIAM collector's host name is `api-<licence url>`, which no loopback
 * certificate covers. Node cannot write X.509, so this encodes exactly one DER shape: v3, ECDSA
 * P-256 with SHA-256, CN and subjectAltName = the name.
 */
export interface CollectorCertificate {
  keyPem: string;
  certPem: string;
}

function tlv(tag: number, ...contents: Buffer[]): Buffer {
  const body = Buffer.concat(contents);
  // DER lengths are minimal: one byte below 128, else 0x81/0x82 and the length (certificates stay under 64 KiB).
  const n = body.length;
  const size = Buffer.from(n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), size, body]);
}

const sequence = (...c: Buffer[]) => tlv(0x30, ...c);
const oid = (hex: string) => tlv(0x06, Buffer.from(hex, 'hex'));
const utcTime = (ms: number) => tlv(0x17, Buffer.from(`${new Date(ms).toISOString().replace(/[-:T]/g, '').slice(2, 14)}Z`));

const ECDSA_SHA256 = sequence(oid('2a8648ce3d040302')); // 1.2.840.10045.4.3.2
const COMMON_NAME = '550403'; // 2.5.4.3
const SUBJECT_ALT_NAME = '551d11'; // 2.5.29.17

export function collectorCertificate(dnsName: string, nowMs: number = Date.now()): CollectorCertificate {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const name = sequence(tlv(0x31, sequence(oid(COMMON_NAME), tlv(0x0c, Buffer.from(dnsName)))));
  const tbs = sequence(
    tlv(0xa0, tlv(0x02, Buffer.from([2]))),
    tlv(0x02, Buffer.from('11c0ffee', 'hex')),
    ECDSA_SHA256,
    name,
    sequence(utcTime(nowMs - 86_400_000), utcTime(nowMs + 86_400_000)),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
    tlv(0xa3, sequence(sequence(oid(SUBJECT_ALT_NAME), tlv(0x04, sequence(tlv(0x82, Buffer.from(dnsName))))))),
  );
  const signature = sign('sha256', tbs, privateKey);
  const der = sequence(tbs, ECDSA_SHA256, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])));
  return {
    keyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    certPem: `-----BEGIN CERTIFICATE-----\n${der
      .toString('base64')
      .replace(/(.{64})/g, '$1\n')
      .trim()}\n-----END CERTIFICATE-----\n`,
  };
}
