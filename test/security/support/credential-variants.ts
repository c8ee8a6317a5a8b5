import { generateKeyPairSync } from 'node:crypto';
import type { SimulatorToken } from '../../../simulator';
import { SUITE_CREDENTIALS } from '../../faults/support/credentials';

/** One way an instance may hold its token, and the matching token on the simulator side. */
export interface CredentialVariant {
  label: string;
  tokenId: string;
  /** Exactly what the instance's Secret Key field holds. */
  secret: string;
  token: SimulatorToken;
}

/** An EC P-256 key pair made for this run (not the public demo key). */
const pair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const privatePem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const publicPem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();

const SPECIAL_SECRET = 'Qu"ote\\Back/Slash+é☃\ttab-7f3a9c2e5b8d1046';

export const VARIANTS: readonly CredentialVariant[] = [
  {
    label: 'HS256',
    tokenId: SUITE_CREDENTIALS.tokenId,
    secret: SUITE_CREDENTIALS.secret,
    token: { tokenId: SUITE_CREDENTIALS.tokenId, alg: 'HS256', secret: SUITE_CREDENTIALS.secret },
  },
  {
    label: 'HS256 with quote, backslash, tab and non-ASCII',
    tokenId: '7a1c3e5f-9b2d-4f6a-8c0e-1d3f5a7b9c2e',
    secret: SPECIAL_SECRET,
    token: { tokenId: '7a1c3e5f-9b2d-4f6a-8c0e-1d3f5a7b9c2e', alg: 'HS256', secret: SPECIAL_SECRET },
  },
  {
    label: 'ES256 PEM key',
    tokenId: '2c4e6a8b-0d1f-4a3c-9e5b-7d9f1b3d5f7a',
    secret: privatePem,
    token: { tokenId: '2c4e6a8b-0d1f-4a3c-9e5b-7d9f1b3d5f7a', alg: 'ES256', publicKeyPem: publicPem },
  },
  // Platform text fields may flatten a PEM key to one line; the client accepts that, so must redaction.
  {
    label: 'ES256 PEM key on one line',
    tokenId: '4e6a8c0e-2f4b-4d6f-8a1c-3e5a7c9e1b3d',
    secret: privatePem.trim().replace(/\n/g, ' '),
    token: { tokenId: '4e6a8c0e-2f4b-4d6f-8a1c-3e5a7c9e1b3d', alg: 'ES256', publicKeyPem: publicPem },
  },
];
