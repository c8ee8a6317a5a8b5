import type { AbsoluteClient } from '../client';
import { collect } from '../paging';
import { pathSegment } from '../query';
import { z } from 'zod';
import { flag, lazySchema, list, num, record, text, type OtherFields, type ReplyOf } from '../reply-schema';
import { presentId } from './ids';
import { actionRequestShape, createdSchema, deviceActionShape, type ActionRequestFilter } from './types';

export const FILE_DELETE_MAX_DEVICES = 10_000;
/** Deleting all user files (and the OS) is limited to 100 devices per request. */
export const FILE_DELETE_WIPE_ALL_MAX_DEVICES = 100;
export const FILE_DELETE_PAGE_MAX = 500;

export const WIPE_TYPES = ['wipeSpecificUserFiles', 'wipeAllUserFiles', 'wipeAllUserFilesAndOs'] as const;
export type WipeType = (typeof WIPE_TYPES)[number];
export const SECURE_ERASE_COUNTS = ['1', '3', '7'] as const;

export interface FilePattern {
  platform: 'Windows' | 'Mac';
  patterns: string[];
}

export interface FileDeleteBody {
  deviceUids: readonly string[];
  wipeType: WipeType;
  secureEraseCount?: number;
  includeFileDateInLog?: boolean;
  filePatterns?: FilePattern[];
  unenrollDevicesAndFreeLicenses?: boolean;
}

const fileDeleteRequestSchema = lazySchema(() =>
  record({
    ...actionRequestShape(),
    wipeType: text(),
    secureEraseCount: num(),
    includeFileDateInLog: flag(),
    filePatterns: list(record({ platform: text(), patterns: z.unknown().optional() })),
    unenrollDevicesAndFreeLicenses: flag(),
  }),
);
export type ApiFileDeleteRequest = ReplyOf<typeof fileDeleteRequestSchema> & OtherFields;

const fileDeleteActionSchema = lazySchema(() => record({ ...deviceActionShape(), certificateUid: text() }));
export type ApiFileDeleteAction = ReplyOf<typeof fileDeleteActionSchema> & OtherFields;

export async function createFileDeleteRequest(client: AbsoluteClient, body: FileDeleteBody): Promise<string | undefined> {
  const response = await client.request({ method: 'POST', path: '/v3/actions/requests/file-delete', body }, createdSchema);
  return presentId(response.data?.requestUid);
}

export async function getFileDeleteRequest(client: AbsoluteClient, requestUid: string): Promise<ApiFileDeleteRequest | undefined> {
  return (
    await client.request({ method: 'GET', path: `/v3/actions/requests/file-delete/${pathSegment(requestUid)}` }, fileDeleteRequestSchema)
  ).data;
}

export function listFileDeleteRequests(
  client: AbsoluteClient,
  filter: ActionRequestFilter,
  limit: number,
): Promise<ApiFileDeleteRequest[]> {
  const request = { method: 'GET' as const, path: '/v3/actions/requests/file-delete', query: { ...filter } };
  return collect(client, request, { item: fileDeleteRequestSchema, pageSize: Math.min(limit, FILE_DELETE_PAGE_MAX), limit });
}

/** Every device's action in the request (an empty device list means all of them). */
export function listFileDeleteActions(client: AbsoluteClient, requestUid: string, limit: number): Promise<ApiFileDeleteAction[]> {
  const request = {
    method: 'POST' as const,
    path: `/v3/actions/file-delete/get-actions/${pathSegment(requestUid)}`,
    body: { deviceUids: [] },
    readOnly: true,
  };
  return collect(client, request, { item: fileDeleteActionSchema, pageSize: Math.min(limit, FILE_DELETE_PAGE_MAX), limit });
}
