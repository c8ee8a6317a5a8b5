import { emitApiEvent } from '../events/api-events';
import type { CustomFieldDefinition } from '../fleet/custom-field-definitions';
import { invalidRequest, invalidValue, notFound } from '../server/api-error';
import { pageOfList, PAGE_LIMITS, readPageRequest } from '../server/paging';
import { isValidUsDate } from '../util/time';
import { allowOnlyParams, requireObject } from './body';
import type { RouteContext, RouteDefinition } from './route-types';

const BASE = '/v3/configurations/customfields';

/** Custom device field definitions and per-device values (absolute-api.md §3.3). */
export function customFieldRoutes(): RouteDefinition[] {
  return [
    {
      method: 'GET',
      path: `${BASE}/definitions`,
      permissions: ['cdf.view'],
      handle: (ctx) => {
        allowOnlyParams(ctx.query, []);
        return { status: 200, data: ctx.state.customFields.definitions.map(definitionView) };
      },
    },
    {
      method: 'GET',
      path: `${BASE}/definitions/{cdfUid}`,
      permissions: ['cdf.view'],
      handle: (ctx) => {
        allowOnlyParams(ctx.query, []);
        const definition = ctx.state.customFields.definition(ctx.params['cdfUid'] ?? '');
        if (!definition) throw notFound('cdfUid');
        return { status: 200, data: definitionView(definition) };
      },
    },
    {
      method: 'GET',
      path: `${BASE}/devices/{deviceUid}`,
      permissions: ['cdf.view'],
      handle: (ctx) => {
        allowOnlyParams(ctx.query, ['cdfFieldNameContains', 'nextPage', 'pageSize']);
        const needle = ctx.query.get('cdfFieldNameContains')?.toLowerCase();
        const values = deviceValues(ctx).filter((v) => needle === undefined || v.cdfFieldName.toLowerCase().includes(needle));
        const page = pageOfList(values, readPageRequest(ctx.query, PAGE_LIMITS.standard, ctx.fingerprint));
        return { status: 200, data: page.items, ...(page.nextPage ? { nextPage: page.nextPage } : {}) };
      },
    },
    {
      method: 'GET',
      path: `${BASE}/devices/{deviceUid}/{cdfUid}`,
      permissions: ['cdf.view'],
      handle: (ctx) => {
        allowOnlyParams(ctx.query, []);
        const cdfUid = (ctx.params['cdfUid'] ?? '').toLowerCase();
        const values = deviceValues(ctx);
        if (!ctx.state.customFields.definition(cdfUid)) throw notFound('cdfUid');
        const value = values.find((v) => v.cdfUid === cdfUid);
        if (!value) throw notFound('cdfUid', 'the field has no value on this device');
        return { status: 200, data: value };
      },
    },
    { method: 'PUT', path: `${BASE}/devices/{deviceUid}`, permissions: ['cdf.manage'], handle: updateValues },
  ];
}

function deviceValues(ctx: RouteContext) {
  const device = ctx.state.device(ctx.params['deviceUid'] ?? '');
  if (!device) throw notFound('deviceUid');
  return (device.customFields ?? []).map((field) => {
    const definition = ctx.state.customFields.definition(field.cdfUid);
    return {
      cdfUid: field.cdfUid,
      cdfFieldKey: definition?.cdfFieldKey ?? '',
      cdfFieldName: field.cdfFieldName,
      cdfFieldValue: field.cdfFieldValue,
      categoryCode: definition?.categoryCode ?? 'UDF',
      type: definition?.type ?? 'Text',
    };
  });
}

/** Validates every entry before writing any, so a bad entry leaves the device untouched. */
function updateValues(ctx: RouteContext) {
  allowOnlyParams(ctx.query, []);
  const deviceUid = ctx.params['deviceUid'] ?? '';
  const index = ctx.state.indexOfDevice(deviceUid);
  if (index === undefined) throw notFound('deviceUid');
  if (!Array.isArray(ctx.body) || ctx.body.length === 0)
    throw invalidRequest('body', 'expected a non-empty array of {cdfUid, cdfFieldValue}', 'INVALID_JSON');
  const writes = ctx.body.map((entry, i) => {
    const item = requireObject(entry, `[${i}]`);
    const cdfUid = item['cdfUid'];
    if (typeof cdfUid !== 'string') throw invalidValue(`[${i}].cdfUid`, 'cdfUid is required');
    const definition = ctx.state.customFields.definition(cdfUid);
    if (!definition) throw invalidValue(`[${i}].cdfUid`, `unknown custom field ${cdfUid}`);
    const raw = item['cdfFieldValue'];
    if (raw !== undefined && raw !== null && typeof raw !== 'string')
      throw invalidValue(`[${i}].cdfFieldValue`, 'cdfFieldValue must be a string');
    const value = typeof raw === 'string' ? raw : '';
    checkValue(definition, value, `[${i}].cdfFieldValue`);
    return { definition, value };
  });
  for (const { definition, value } of writes) ctx.state.customFields.set(index, definition.cdfUid, value);
  ctx.state.version += 1;
  ctx.stats.action('cdfUpdate');
  emitApiEvent(ctx.state, ctx.now, {
    eventType: 'DeviceCustomFieldsUpdated',
    verb: 'Updated',
    actor: ctx.token.username,
    objectType: 'Device',
    objectName: ctx.state.fleet.identity(index).deviceName,
    objectId: ctx.state.fleet.identity(index).deviceUid,
    properties: writes.map((w) => ({ name: w.definition.cdfFieldName, newValue: w.value })),
  });
  return { status: 202 };
}

function checkValue(definition: CustomFieldDefinition, value: string, field: string): void {
  if (value === '') return;
  if (value.length > 255) throw invalidValue(field, 'value is longer than 255 characters');
  if (definition.type === 'Date' && !isValidUsDate(value))
    throw invalidValue(field, `${definition.cdfFieldName} must be a date in MM/dd/yyyy format`);
  if (definition.type === 'Dropdown' && !definition.dropdowns?.some((d) => d.elementValue === value)) {
    throw invalidValue(field, `${value} is not one of the ${definition.cdfFieldName} values (matching is case-sensitive)`);
  }
}

function definitionView(definition: CustomFieldDefinition) {
  const { cdfFieldKey: _key, ...view } = definition;
  return view;
}
