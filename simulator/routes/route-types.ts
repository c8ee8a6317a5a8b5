import type { LogicalMethod } from '../jws/verify-jws';
import type { ResolvedToken } from '../jws/token-registry';
import type { Permission } from '../permissions';
import type { RequestLeniency } from '../server/leniency';
import type { QueryParams } from '../server/query-params';
import type { StatsRecorder } from '../server/stats';
import type { SimulatorState } from '../state/simulator-state';

/** Everything a handler may use; `body` is the JWS payload's `data` (undefined when absent). */
export interface RouteContext {
  state: SimulatorState;
  stats: StatsRecorder;
  token: ResolvedToken;
  now: number;
  params: Readonly<Record<string, string>>;
  query: QueryParams;
  body: unknown;
  routeKey: string;
  /** Identifies the logical query (route, path params, query minus paging, body) for cursors. */
  fingerprint: string;
  /** Accepts (and counts) or, in strict mode, refuses undocumented inputs. */
  leniency: RequestLeniency;
}

/**
 * What a handler returns. `data` becomes `{"data": ...}`; `nextPage`, when set, becomes
 * `metadata.pagination.nextPage`; no `data` means an empty body (202/204).
 */
export interface RouteResult {
  status: number;
  data?: unknown;
  nextPage?: string;
  /** A file sent as it is instead of the JSON envelope (script downloads). */
  file?: { contentType: string; fileName: string; bytes: Buffer };
}

export interface RouteDefinition {
  method: LogicalMethod;
  /** Full logical path including `/v3`, with `{name}` segments. */
  path: string;
  /** All are required. */
  permissions: readonly Permission[];
  handle(context: RouteContext): RouteResult;
}
