import { createHmac } from 'node:crypto';
import type { RunningSimulator } from '../../../simulator';
import { bodyOf, HS256_KEY, rawPost, type HttpResult } from './api-client';

/** A paged reply as the pack reads it: `data` is a list, or one object for single-item routes. */
interface PackPage {
  data?: unknown;
  metadata?: { pagination?: { nextPage?: string } };
}

/**
 * Requests byte for byte as the official XSOAR pack 2.0.4 (Python, PyJWT) sends them
 * (xsoar-absolute-pack.md §2.2, §3.2): the user/filter query percent-encoded with Python's
 * `quote(q, safe="=&")`, cursor pieces `&nextPage=…`/`&pageSize=…` appended unencoded, the JOSE
 * header with PyJWT's `typ` and sorted keys, and the payload `{"data": …}` (`{"data": {}}` without
 * a body), both compact and ASCII-escaped like Python's `json.dumps`.
 */

/** Python `urllib.parse.quote(text, safe="=&")`: keeps `A–Z a–z 0–9 _ . - ~ = &`, upper-case %XX otherwise. */
export function pythonQuote(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9_.\-~=&]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Python `json.dumps(value, separators=(",", ":"))` (ensure_ascii): non-ASCII as \uXXXX. */
function pythonJson(value: unknown, sortKeys = false): string {
  const text = JSON.stringify(sortKeys ? sortObject(value) : value);
  return text.replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function sortObject(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, (value as Record<string, unknown>)[key]]),
  );
}

/** One logical request: the JOSE `query-string` exactly as the pack puts it there. */
export interface PackRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  uri: string;
  queryString: string;
  body?: unknown;
}

export function packJws(request: PackRequest, issuedAt: number): string {
  const header = {
    typ: 'JWT',
    alg: 'HS256',
    kid: HS256_KEY.tokenId,
    method: request.method,
    'content-type': 'application/json',
    uri: request.uri,
    'query-string': request.queryString,
    issuedAt,
  };
  const payload = { data: request.body === undefined ? {} : request.body };
  const input = `${Buffer.from(pythonJson(header, true)).toString('base64url')}.${Buffer.from(pythonJson(payload)).toString('base64url')}`;
  const signature = createHmac('sha256', Buffer.from(HS256_KEY.secret ?? '', 'utf8'))
    .update(input)
    .digest('base64url');
  return `${input}.${signature}`;
}

/** The pack's ClientV3 request plumbing against a simulator, recording every query string it sent. */
export class OfficialPackClient {
  readonly sent: PackRequest[] = [];

  constructor(
    private readonly sim: Pick<RunningSimulator, 'url'>,
    private readonly now: () => number,
  ) {}

  async send(request: PackRequest): Promise<HttpResult> {
    this.sent.push(request);
    return rawPost(this.sim.url, packJws(request, Math.round(this.now())));
  }

  /** `get_specific_page_data`: walks the cursor `page` times; an exhausted cursor gives `{}`. */
  async specificPage(uri: string, page: number, pageSize: number, query: string): Promise<unknown> {
    let nextPage = '';
    let data: unknown = {};
    for (let current = 0; current <= page; current++) {
      const res = await this.expectOk(uri, `${pythonQuote(query)}${pagination(nextPage, pageSize)}`);
      const body = bodyOf<PackPage>(res);
      data = body.data ?? {};
      nextPage = body.metadata?.pagination?.nextPage ?? '';
      if (!nextPage) return current < page ? {} : data;
    }
    return data;
  }

  /** `get_all_results`: follows `nextPage` to the end, concatenating `data` (a single object stays one). */
  async allResults(uri: string, pageSize: number, query: string): Promise<unknown> {
    let res = await this.expectOk(uri, `${pythonQuote(query)}${pagination('', pageSize)}`);
    let body = bodyOf<PackPage>(res);
    let data: unknown = body.data;
    let nextPage: string = body.metadata?.pagination?.nextPage ?? '';
    while (nextPage) {
      res = await this.expectOk(uri, `${pythonQuote(query)}${pagination(nextPage, pageSize)}`);
      body = bodyOf<PackPage>(res);
      data = [...(data as unknown[]), ...(body.data as unknown[])];
      nextPage = body.metadata?.pagination?.nextPage ?? '';
    }
    return data;
  }

  private async expectOk(uri: string, queryString: string): Promise<HttpResult> {
    const res = await this.send({ method: 'GET', uri, queryString });
    if (res.status !== 200) throw new Error(`GET ${uri}?${queryString} -> ${res.status} ${res.text}`);
    return res;
  }
}

function pagination(nextPage: string, pageSize: number): string {
  return `${nextPage ? `&nextPage=${nextPage}` : ''}${pageSize ? `&pageSize=${pageSize}` : ''}`;
}

/** The pack's `$select` lists (Absolute.py 2.0.4 constants), verbatim. */
export const PACK_SELECT = {
  deviceList:
    'deviceUid,esn,lastConnectedDateTimeUtc,deviceName,systemModel,fullSystemName,agentStatus,operatingSystem.name,systemManufacturer,' +
    'serialNumber,systemType,localIp,publicIp,espInfo.encryptionStatus',
  deviceGet:
    'deviceUid,esn,domain,lastConnectedDateTimeUtc,deviceName,systemModel,systemType,fullSystemName,agentStatus,operatingSystem.name,' +
    'operatingSystem.version,operatingSystem.currentBuild,operatingSystem.architecture,operatingSystem.installDate,' +
    'operatingSystem.productKey,operatingSystem.serialNumber,operatingSystem.lastBootTime,systemManufacturer,serial,serialNumber,' +
    'localIp,publicIp,username,espInfo.encryptionStatus,bios.id,bios.serialNumber,bios.version,bios.versionDate,bios.smBiosVersion,' +
    'policyGroupUid,policyGroupName,isStolen,deviceStatus.type,deviceStatus.reported,networkSSID',
  location:
    'geoData.location.point.coordinates,geoData.location.geoAddress.city,geoData.location.geoAddress.state,' +
    'geoData.location.geoAddress.countryCode,geoData.location.geoAddress.country,geoData.location.locationTechnology,' +
    'geoData.location.accuracy,geoData.location.lastUpdateDateTimeUtc',
} as const;
