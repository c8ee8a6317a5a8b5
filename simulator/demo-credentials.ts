/**
 * Demo API tokens accepted by the simulator out of the box.
 *
 * These are PUBLIC demo values, committed on purpose, for the simulator only: they grant access to
 * nothing but a local simulator. Never configure them against a real Absolute tenant, and never
 * reuse the key pair anywhere else.
 *
 * - `hs256`: a symmetric token (Token ID + Secret Key; the secret is used as UTF-8 text).
 * - `es256`: an asymmetric token; the simulator holds `publicKeyPem` (SPKI), clients sign with
 *   `privateKeyPem` (PKCS#8, EC P-256).
 */
export const DEMO_CREDENTIALS = {
  hs256: {
    tokenId: 'f4184d25-1e3c-4e38-b775-34864e006f30',
    secretKey: '9WKjMBQhMkCQM78RC7QZDoUpGDClVODCsrrxRI1tD8DaBoLr8/t56vTeSL0KgLYyuMjsz5fsfg1eEkBQSy5mQw==',
  },
  es256: {
    tokenId: 'ad340bfc-e433-4d96-b2bd-d160d356d43c',
    privateKeyPem: [
      '-----BEGIN PRIVATE KEY-----',
      'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg2mGmRIghVMGbs/1O',
      'npY4wjcX8w/VYUOXAGh5BcBeVuWhRANCAAS6zi+QpmOF8yeJ8QE8In70GqJtJttm',
      'bgBRmVBXHhVGYE9x2Q1iTpFUQaflyumqPPzR4ROMos+FkIeA7rBFt1VK',
      '-----END PRIVATE KEY-----',
      '',
    ].join('\n'),
    publicKeyPem: [
      '-----BEGIN PUBLIC KEY-----',
      'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEus4vkKZjhfMnifEBPCJ+9BqibSbb',
      'Zm4AUZlQVx4VRmBPcdkNYk6RVEGn5crpqjz80eETjKLPhZCHgO6wRbdVSg==',
      '-----END PUBLIC KEY-----',
      '',
    ].join('\n'),
  },
} as const;
