import { AbsoluteConfigError } from './errors';

export interface Region {
  code: string;
  label: string;
  consoleHost: string;
  apiHost: string;
}

/** Absolute's regions (absolute-api.md §1.1). The console host a customer logs into names the API host. */
export const REGIONS: readonly Region[] = [
  { code: 'CA', label: 'Canada (global)', consoleHost: 'cc.absolute.com', apiHost: 'api.absolute.com' },
  { code: 'US', label: 'United States', consoleHost: 'cc.us.absolute.com', apiHost: 'api.us.absolute.com' },
  { code: 'EU2', label: 'Europe (Frankfurt)', consoleHost: 'cc.eu2.absolute.com', apiHost: 'api.eu2.absolute.com' },
  { code: 'FR1', label: 'FR1 / US FedRAMP', consoleHost: 'cc.fr1.absolutegov.com', apiHost: 'api.fr1.absolutegov.com' },
  { code: 'IN1', label: 'India', consoleHost: 'cc.in1.absolute.com', apiHost: 'api.in1.absolute.com' },
  { code: 'UK1', label: 'United Kingdom', consoleHost: 'cc.uk1.absolute.com', apiHost: 'api.uk1.absolute.com' },
];

export interface ResolvedEndpoint {
  /** Origin that receives `POST /jws/validate`, e.g. `https://api.us.absolute.com`. */
  apiBase: string;
  region: Region | 'loopback';
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

/**
 * Maps the configured server URL (console or API URL of any region, trailing slash or not) to
 * the API origin. Plain http is allowed only for loopback hosts, where the simulator runs.
 */
export function resolveApiBase(serverUrl: string): ResolvedEndpoint {
  const trimmed = serverUrl.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw invalidUrl(trimmed);
  }
  if (url.username || url.password) throw invalidUrl('(a URL with embedded credentials)');
  if (isLoopbackHost(url.hostname)) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalidUrl(trimmed);
    return { apiBase: url.origin, region: 'loopback' };
  }
  const host = url.hostname.toLowerCase();
  const region = REGIONS.find((r) => r.consoleHost === host || r.apiHost === host);
  const pathIsRoot = url.pathname === '/' || url.pathname === '';
  if (!region || url.protocol !== 'https:' || url.port !== '' || !pathIsRoot || url.search || url.hash) {
    throw invalidUrl(trimmed);
  }
  return { apiBase: `https://${region.apiHost}`, region };
}

function invalidUrl(value: string): AbsoluteConfigError {
  const choices = REGIONS.map((r) => `https://${r.consoleHost}`).join(', ');
  return new AbsoluteConfigError(
    `The server URL "${value}" is not an Absolute console or API URL. Valid choices: ${choices} ` +
      `(or the matching https://api... host; http://localhost or 127.0.0.1 for the simulator).`,
  );
}
