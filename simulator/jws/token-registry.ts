import { createPublicKey, type KeyObject } from 'node:crypto';
import { ALL_PERMISSIONS, type Permission } from '../permissions';

/** An API token as configured in the (simulated) console. */
export interface SimulatorToken {
  tokenId: string;
  alg: 'HS256' | 'ES256';
  /** HS256 secret key, used as UTF-8 text exactly like the real API (not base64-decoded). */
  secret?: string;
  /** ES256 uploaded public key, SPKI PEM. */
  publicKeyPem?: string;
  /** Defaults to every permission. */
  permissions?: Permission[];
  /** Shown as `requester`/`createdBy` on things this token creates. Default `api.user@example.com`. */
  username?: string;
}

export interface ResolvedToken {
  tokenId: string;
  alg: 'HS256' | 'ES256';
  secret: Buffer | undefined;
  publicKey: KeyObject | undefined;
  permissions: ReadonlySet<Permission>;
  username: string;
}

export type TokenRegistry = ReadonlyMap<string, ResolvedToken>;

export function buildTokenRegistry(tokens: readonly SimulatorToken[]): TokenRegistry {
  const registry = new Map<string, ResolvedToken>();
  for (const token of tokens) {
    if (token.alg === 'HS256' && !token.secret) throw new Error(`HS256 token ${token.tokenId} needs a secret`);
    if (token.alg === 'ES256' && !token.publicKeyPem) throw new Error(`ES256 token ${token.tokenId} needs a publicKeyPem`);
    const publicKey = token.alg === 'ES256' && token.publicKeyPem ? createPublicKey(token.publicKeyPem) : undefined;
    if (publicKey && publicKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
      throw new Error(`ES256 token ${token.tokenId} needs an EC P-256 public key`);
    }
    registry.set(token.tokenId, {
      tokenId: token.tokenId,
      alg: token.alg,
      secret: token.alg === 'HS256' && token.secret ? Buffer.from(token.secret, 'utf8') : undefined,
      publicKey,
      permissions: new Set(token.permissions ?? ALL_PERMISSIONS),
      username: token.username ?? 'api.user@example.com',
    });
  }
  return registry;
}
