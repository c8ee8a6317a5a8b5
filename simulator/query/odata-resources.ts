import type { DeviceReport } from '../fleet/device-report';
import { DEVICE_REPORT_FIELDS } from '../fleet/device-report';
import { SOFTWARE_REPORT_FIELDS, type SoftwareReport } from '../fleet/software-report';
import { DEVICE_FILTER_PARAMS, isDeviceSelectField } from './device-fields';
import type { ODataResource } from './odata-compile';
import { SOFTWARE_FILTER_PARAMS } from './software-fields';

/**
 * Device reports under OData. The v2 API named the device id `id` and its name `systemName`; the
 * official XSOAR pack still filters on both (device get and location), so they resolve to v3 members.
 */
export const DEVICE_ODATA: ODataResource<DeviceReport> = {
  filterParams: DEVICE_FILTER_PARAMS,
  fieldNames: [...DEVICE_REPORT_FIELDS],
  isField: isDeviceSelectField,
  legacyNames: new Map([
    ['id', 'deviceUid'],
    ['systemName', 'deviceName'],
  ]),
  key: 'deviceUid',
};

export const SOFTWARE_ODATA: ODataResource<SoftwareReport> = {
  filterParams: SOFTWARE_FILTER_PARAMS,
  fieldNames: SOFTWARE_REPORT_FIELDS,
  isField: (name) => SOFTWARE_REPORT_FIELDS.includes(name),
  legacyNames: new Map(),
};
