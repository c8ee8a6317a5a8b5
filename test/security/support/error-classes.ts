import { createServer, type Server } from 'node:http';
import type { FaultConfig, RunningSimulator } from '../../../simulator';
import type { CredentialVariant } from './credential-variants';
import type { AddressInfo } from 'node:net';
import { listenOnLoopback } from '../../support/loopback';

/** What one forced failure needs: the command, its arguments, and where it points. */
export interface ForcedRun {
  command: string;
  args: Record<string, unknown>;
  /** Overrides of the instance parameters (url, time budget, the secret itself). */
  params?: Record<string, unknown>;
  /** Armed on the simulator for this run. */
  faults?: FaultConfig;
  /** Use the reflecting server instead of the simulator. */
  reflect?: ReflectMode;
}

export type ReflectMode = 'jws-in-error' | 'jws-in-data' | 'secret-in-error' | 'secret-in-data';

export interface ErrorClass {
  name: string;
  /** The first entry must match: proves the run really failed (or succeeded) the way named. */
  expect: RegExp;
  ok?: boolean;
  forced(cred: CredentialVariant, closedPortUrl: string): ForcedRun;
}

const UNKNOWN_UID = '0e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a6b';
const LIST = { command: 'absolute-device-list', args: { agent_status: 'Active', limit: '5', page: '2' } };
/** One page is all the reflecting server has. */
const FIRST_PAGE = { command: 'absolute-device-list', args: { limit: '5' } };

/** Each error class the integration can produce, forced against the simulator or a test server. */
export const ERROR_CLASSES: readonly ErrorClass[] = [
  {
    name: 'config: refused URL that holds the secret',
    expect: /is not an Absolute console or API URL/,
    forced: (c) => ({ ...LIST, params: { url: `https://evil.example/${c.secret}` } }),
  },
  {
    name: 'config: unusable private key',
    expect: /cannot be used for ES256 signing/,
    forced: (c) => ({
      ...LIST,
      params: {
        credentials: {
          identifier: c.tokenId,
          password: `-----BEGIN PRIVATE KEY-----\n${c.secret.replace(/-----[A-Z ]+-----|\s/g, '').slice(0, 40)}AAAA\n-----END PRIVATE KEY-----`,
        },
      },
    }),
  },
  {
    name: 'argument: the secret typed into an argument',
    expect: /Invalid argument "device_ids"/,
    forced: (c) => ({ command: 'absolute-device-get', args: { device_ids: c.secret } }),
  },
  { name: 'connection refused', expect: /Could not connect to/, forced: (_c, closed) => ({ ...LIST, params: { url: closed } }) },
  { name: 'connection reset', expect: /connection broke/, forced: () => ({ ...LIST, faults: { resetBeforeRate: 1 } }) },
  {
    name: 'timeout',
    expect: /time budget/,
    forced: () => ({ ...LIST, faults: { stallMs: 1000 }, params: { command_timeout_seconds: 0.08 } }),
  },
  { name: '401 (clock skew)', expect: /401 NOT_AUTHENTICATED/, forced: () => ({ ...LIST, faults: { clockSkewMs: 900_000 } }) },
  {
    name: '403',
    expect: /403 NOT_AUTHORIZED/,
    forced: () => ({ ...LIST, faults: { forbiddenRoutes: ['GET /v3/reporting/devices-advanced'] } }),
  },
  {
    name: '404',
    expect: /404 RESOURCE_NOT_FOUND/,
    forced: () => ({ command: 'absolute-wipe-request-create', args: { request_uids: UNKNOWN_UID } }),
  },
  {
    name: '429 retries exhausted',
    expect: /429 RATE_LIMITED/,
    forced: () => ({ ...LIST, faults: { status429Rate: 1, retryAfterSeconds: 1 } }),
  },
  { name: '5xx', expect: /503 SERVICE_UNAVAILABLE/, forced: () => ({ ...LIST, faults: { errorRate: 1, errorStatuses: [503] } }) },
  {
    name: '5xx on an action (outcome unknown)',
    expect: /500[\s\S]*may have carried out/,
    forced: () => ({
      command: 'absolute-device-freeze-message-create',
      args: { message_name: 'x', html_message: 'y' },
      faults: { errorRate: 1, errorStatuses: [500] },
    }),
  },
  { name: 'malformed response', expect: /malformed or truncated JSON/, forced: () => ({ ...LIST, faults: { malformedJsonRate: 1 } }) },
  { name: 'paging error', expect: /repeated a paging cursor/, forced: () => ({ ...LIST, faults: { cursorMode: 'repeat' } }) },
  {
    name: 'a server that reflects the signed request in its error',
    expect: /returned 400/,
    forced: () => ({ ...FIRST_PAGE, reflect: 'jws-in-error' }),
  },
  {
    name: 'a server that reflects the signed request in its data',
    expect: /Absolute devices list/,
    ok: true,
    forced: () => ({ ...FIRST_PAGE, reflect: 'jws-in-data' }),
  },
  {
    name: 'a server that reflects the secret in its error',
    expect: /returned 500/,
    forced: () => ({ ...FIRST_PAGE, reflect: 'secret-in-error' }),
  },
  {
    name: 'a server that reflects the secret in its data',
    expect: /Absolute devices list/,
    ok: true,
    forced: () => ({ ...FIRST_PAGE, reflect: 'secret-in-data' }),
  },
];

/**
 * A stand-in for a broken or hostile server: it echoes what it must never see again in output,
 * the signed request or (to test redaction by construction) the secret itself.
 */
export async function startReflectingServer(
  secret: () => string,
  mode: () => ReflectMode,
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    let jws = '';
    req.on('data', (c: Buffer) => (jws += c.toString()));
    req.on('end', () => {
      const echoed = mode().startsWith('jws') ? jws : secret();
      const inError = mode().endsWith('error');
      const body = inError
        ? {
            code: 'INVALID_REQUEST',
            message: `cannot process ${echoed}`,
            details: [{ field: echoed, message: echoed, code: 'INVALID_VALUE' }],
          }
        : {
            data: [
              { deviceUid: '0e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a6b', deviceName: echoed, agentStatus: 'A', systemModel: `model ${echoed}` },
            ],
          };
      res.writeHead(inError ? (mode().startsWith('jws') ? 400 : 500) : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  });
  const listening = await listenOnLoopback(server);
  return {
    ...listening,
  };
}

/** A loopback URL where nothing listens (a port that was bound, then released). */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

export function simulatorParams(sim: RunningSimulator, cred: CredentialVariant): Record<string, unknown> {
  return { url: sim.url, credentials: { identifier: cred.tokenId, password: cred.secret } };
}
