import type { ApiCustomFieldValue } from '../../absolute/api/custom-fields';
import type { JsonObject } from '../../xsoar/entry';

/**
 * `Absolute.CustomDeviceField` as the official 2.x pack writes it: the device UID given by the
 * user plus every field value. An empty value stays '' so a cleared field is visible as such.
 */
export function customFieldContext(deviceUid: string, values: readonly ApiCustomFieldValue[]): JsonObject {
  return {
    DeviceUID: deviceUid,
    CDFValues: values.map((v) => {
      const item: JsonObject = {};
      if (v.cdfUid !== undefined) item['CDFUID'] = v.cdfUid;
      if (v.cdfFieldKey !== undefined) item['FieldKey'] = v.cdfFieldKey;
      if (v.cdfFieldName !== undefined) item['FieldName'] = v.cdfFieldName;
      if (v.categoryCode !== undefined) item['CategoryCode'] = v.categoryCode;
      item['FieldValue'] = v.cdfFieldValue ?? '';
      if (v.type !== undefined) item['Type'] = v.type;
      return item;
    }),
  };
}

/** The 2.x table: CDF ID, Field Name, Field Value (1.x showed the name in the value column). */
export function customFieldRows(values: readonly ApiCustomFieldValue[]): JsonObject[] {
  return values.map((v) => ({ 'CDF ID': v.cdfUid ?? '', 'Field Name': v.cdfFieldName ?? '', 'Field Value': v.cdfFieldValue ?? '' }));
}
