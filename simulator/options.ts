import { DEMO_CREDENTIALS } from './demo-credentials';
import type { SimulatorToken } from './jws/token-registry';
import type { FaultConfig } from './server/faults';
import type { SimulatorSnapshot } from './state/persistent';

export interface SimulatorOptions {
  /** @default '127.0.0.1' */
  host?: string;
  /** @default 0 (ephemeral) */
  port?: number;
  /** @default 42 */
  seed?: number;
  /** @default 2500 */
  fleetSize?: number;
  /** Clock in epoch ms; everything time-dependent (action progress, SIEM stream, issuedAt) reads it. @default Date.now */
  now?: () => number;
  /** Accepted |now - issuedAt| in ms. @default 300000 */
  issuedAtWindowMs?: number;
  /** Requests per token per sliding second; `false` disables. @default 20 */
  rateLimitPerSecond?: number | false;
  /** @default the demo tokens (DEMO_CREDENTIALS), with every permission */
  tokens?: SimulatorToken[];
  /** @default none */
  faults?: FaultConfig;
  /** How long an action takes to finish: Pending for the first half, Processing for the second. @default 2000 */
  actionProgressMs?: number;
  /** Background SIEM event density. @default 30 */
  eventsPerMinute?: number;
  /** Start with the sample saved freeze messages; `false` gives an empty account. @default true */
  seedFreezeMessages?: boolean;
  /** A tenant saved by `state.snapshot()` (same seed and fleet size) to start from. @default a fresh tenant */
  snapshot?: SimulatorSnapshot;
  /**
   * Refuse (400) the undocumented inputs the real service takes, such as OData `$filter` or `"false"`
   * for a boolean; otherwise accept and count them (`stats().undocumentedInputs`). @default false
   */
  strict?: boolean;
}

export type ResolvedOptions = Required<Omit<SimulatorOptions, 'snapshot'>>;

export const DEMO_TOKENS: readonly SimulatorToken[] = [
  { tokenId: DEMO_CREDENTIALS.hs256.tokenId, alg: 'HS256', secret: DEMO_CREDENTIALS.hs256.secretKey, username: 'demo.hs256@acme.example' },
  {
    tokenId: DEMO_CREDENTIALS.es256.tokenId,
    alg: 'ES256',
    publicKeyPem: DEMO_CREDENTIALS.es256.publicKeyPem,
    username: 'demo.es256@acme.example',
  },
];

export function resolveOptions(options: SimulatorOptions): ResolvedOptions {
  return {
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 0,
    seed: options.seed ?? 42,
    fleetSize: options.fleetSize ?? 2500,
    now: options.now ?? Date.now,
    issuedAtWindowMs: options.issuedAtWindowMs ?? 300_000,
    rateLimitPerSecond: options.rateLimitPerSecond ?? 20,
    tokens: options.tokens ?? [...DEMO_TOKENS],
    faults: options.faults ?? {},
    actionProgressMs: options.actionProgressMs ?? 2000,
    eventsPerMinute: options.eventsPerMinute ?? 30,
    seedFreezeMessages: options.seedFreezeMessages ?? true,
    strict: options.strict ?? false,
  };
}
