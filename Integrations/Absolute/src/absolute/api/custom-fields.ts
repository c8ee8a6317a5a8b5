import { z } from 'zod';
import type { AbsoluteClient } from '../client';
import { collect } from '../paging';
import { pathSegment } from '../query';
import { lazySchema, list, nested, num, record, text, type ReplyOf } from '../reply-schema';

/** A Device Field value set on one device (only fields already set are returned). */
const customFieldValueSchema = lazySchema(() =>
  record({
    cdfUid: text(),
    // Text per the v3 spec; older tenants' data carried a number.
    cdfFieldKey: z.union([z.string(), z.number()]).nullish(),
    cdfFieldName: text(),
    cdfFieldValue: text(),
    categoryCode: text(),
    type: text(),
  }),
);
export type ApiCustomFieldValue = ReplyOf<typeof customFieldValueSchema>;

/** A Device Field definition: its name, type and, for Dropdown fields, the allowed values. */
const customFieldDefinitionSchema = lazySchema(() =>
  record({
    cdfUid: text(),
    cdfFieldName: text(),
    type: text(),
    categoryCode: text(),
    dropdowns: list(nested({ elementId: num(), elementValue: text() })),
  }),
);
export type ApiCustomFieldDefinition = ReplyOf<typeof customFieldDefinitionSchema>;

export interface CustomFieldUpdate {
  cdfUid: string;
  cdfFieldValue: string;
}

function devicePath(deviceUid: string): string {
  return `/v3/configurations/customfields/devices/${pathSegment(deviceUid)}`;
}

/** The Device Field values set on a device, up to `limit` of them (all when undefined). */
export function deviceCustomFields(client: AbsoluteClient, deviceUid: string, limit?: number): Promise<ApiCustomFieldValue[]> {
  return collect(client, { method: 'GET', path: devicePath(deviceUid) }, { item: customFieldValueSchema, limit });
}

export function customFieldDefinitions(client: AbsoluteClient): Promise<ApiCustomFieldDefinition[]> {
  return collect(client, { method: 'GET', path: '/v3/configurations/customfields/definitions' }, { item: customFieldDefinitionSchema });
}

/** Sets Device Field values on one device; the API answers 202 with no body. */
export async function updateDeviceCustomFields(
  client: AbsoluteClient,
  deviceUid: string,
  values: readonly CustomFieldUpdate[],
): Promise<number> {
  const response = await client.request({ method: 'PUT', path: devicePath(deviceUid), body: values });
  return response.status;
}
