import type { ServerResponse } from 'node:http';
import type { ApiError } from './api-error';

/** A response ready to write; `body` is already serialised. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Sent instead of `body` for binary files. */
  bytes?: Buffer;
}

/** The API omits null-valued members; the replacer guarantees it even if a handler slips one in. */
export function jsonReply(status: number, payload: unknown, headers: Record<string, string> = {}): Reply {
  const body = JSON.stringify(payload, (_key, value: unknown) => (value === null ? undefined : value));
  return { status, headers: { 'content-type': 'application/json', ...headers }, body };
}

export function errorReply(error: ApiError, headers: Record<string, string> = {}): Reply {
  return jsonReply(error.status, error.toBody(), headers);
}

export function fileReply(status: number, file: { contentType: string; fileName: string; bytes: Buffer }): Reply {
  const headers = { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.fileName}"` };
  return { status, headers, body: '', bytes: file.bytes };
}

export function emptyReply(status: number): Reply {
  return { status, headers: {}, body: '' };
}

export function writeReply(res: ServerResponse, reply: Reply): void {
  if (res.destroyed || res.writableEnded) return;
  const body = reply.bytes ?? Buffer.from(reply.body, 'utf8');
  res.writeHead(reply.status, { ...reply.headers, 'content-length': String(body.length) });
  res.end(body);
}

/** Body-corruption faults: what a broken proxy or a cut connection would hand the client. */
export function corruptReply(reply: Reply, kind: 'malformedJson' | 'truncatedJson' | 'wrongContentType'): Reply {
  if (kind === 'wrongContentType') {
    return {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: '<!DOCTYPE html><html><head><title>Service Notice</title></head><body><h1>Please wait</h1><p>The request could not be completed.</p></body></html>',
    };
  }
  if (kind === 'truncatedJson') return { ...reply, body: reply.body.slice(0, Math.max(1, Math.floor(reply.body.length / 2))) };
  return { ...reply, body: `{"data": [{"deviceUid": "oops", ${reply.body.slice(1, 20)}` };
}
