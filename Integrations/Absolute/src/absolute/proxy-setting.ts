/**
 * The proxy variables as undici's EnvHttpProxyAgent reads them (lower case first). The dispatcher
 * is given these values explicitly, so what an error message says about the proxy is exactly what
 * the connection used.
 */
export type Env = Readonly<Record<string, string | undefined>>;

interface Variable {
  name: string;
  value: string;
}

export interface ProxySetting {
  /** "Use system proxy" (instance) or --proxy (command line). */
  on: boolean;
  httpProxy?: Variable;
  httpsProxy?: Variable;
  noProxy?: Variable;
}

export function readProxySetting(on: boolean, env: Env): ProxySetting {
  if (!on) return { on };
  const pick = (...names: string[]): Variable | undefined => {
    const name = names.find((n) => env[n] !== undefined);
    return name === undefined ? undefined : { name, value: env[name] ?? '' };
  };
  return {
    on,
    httpProxy: pick('http_proxy', 'HTTP_PROXY'),
    httpsProxy: pick('https_proxy', 'HTTPS_PROXY'),
    noProxy: pick('no_proxy', 'NO_PROXY'),
  };
}

/** One sentence for an error message: whether a proxy was on, and which one applies to `apiBase`. */
export function describeProxy(setting: ProxySetting, apiBase: string): string {
  if (!setting.on) return 'System proxy: off ("Use system proxy" / --proxy), so the connection was direct.';
  // An https URL falls back to the http proxy when no https proxy is set, as undici does.
  const https = apiBase.startsWith('https:');
  const proxy = [https ? setting.httpsProxy : undefined, setting.httpProxy].find((v) => v !== undefined && v.value !== '');
  if (!proxy)
    return `System proxy: on, but ${https ? 'neither HTTPS_PROXY nor HTTP_PROXY' : 'no HTTP_PROXY'} is set, so the connection was direct.`;
  const exempt = setting.noProxy?.value ? `; ${setting.noProxy.name}=${shorten(setting.noProxy.value)}` : '';
  return `System proxy: on, through ${withoutCredentials(proxy.value)} (${proxy.name})${exempt}.`;
}

/** A proxy URL may carry a user and password; neither belongs in a message. */
export function withoutCredentials(proxyUrl: string): string {
  return shorten(proxyUrl.trim().replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^/@\s]*@/i, '$1'));
}

function shorten(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
