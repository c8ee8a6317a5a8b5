import type { AbsoluteClient } from '../client';
import { collect } from '../paging';
import { pathSegment } from '../query';

/** A Device Field value set on one device (only fields already set are returned). */
export interface ApiCustomFieldValue {
  cdfUid?: string;
  /** A string per the v3 spec; older tenants' data carried a number. */
  cdfFieldKey?: string | number;
  cdfFieldName?: string;
  cdfFieldValue?: string;
  categoryCode?: string;
  type?: string;
}

/** A Device Field definition: its name, type and, for Dropdown fields, the allowed values. */
export interface ApiCustomFieldDefinition {
  cdfUid?: string;
  cdfFieldName?: string;
  type?: string;
  categoryCode?: string;
  dropdowns?: Array<{ elementId?: number; elementValue?: string }> | null;
}

export interface CustomFieldUpdate {
  cdfUid: string;
  cdfFieldValue: string;
}

function devicePath(deviceUid: string): string {
  return `/v3/configurations/customfields/devices/${pathSegment(deviceUid)}`;
}

/** The Device Field values set on a device, up to `limit` of them (all when undefined). */
export function deviceCustomFields(client: AbsoluteClient, deviceUid: string, limit?: number): Promise<ApiCustomFieldValue[]> {
  return collect<ApiCustomFieldValue>(client, { method: 'GET', path: devicePath(deviceUid) }, { limit });
}

export function customFieldDefinitions(client: AbsoluteClient): Promise<ApiCustomFieldDefinition[]> {
  return collect<ApiCustomFieldDefinition>(client, { method: 'GET', path: '/v3/configurations/customfields/definitions' });
}

/** Sets Device Field values on one device; the API answers 202 with no body. */
export async function updateDeviceCustomFields(client: AbsoluteClient, deviceUid: string, values: readonly CustomFieldUpdate[]): Promise<number> {
  const response = await client.request({ method: 'PUT', path: devicePath(deviceUid), body: values });
  return response.status;
}
