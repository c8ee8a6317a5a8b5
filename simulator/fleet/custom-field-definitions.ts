import type { Random } from '../util/prng';
import { intBetween, pick } from '../util/prng';
import { usDate, DAY_MS } from '../util/time';
import type { DeviceIdentity } from './device-identity';

export type CustomFieldType = 'Text' | 'Date' | 'Dropdown';

/** A custom device field definition as `/configurations/customfields/definitions` returns it. */
export interface CustomFieldDefinition {
  cdfUid: string;
  cdfFieldName: string;
  /** Legacy numeric key, still reported by the per-device endpoint. */
  cdfFieldKey: string;
  type: CustomFieldType;
  categoryCode: 'UDF';
  dropdowns?: { elementId: number; elementValue: string }[];
}

const DEPARTMENT_VALUES = ['Engineering', 'Finance', 'Sales', 'Marketing', 'Human Resources', 'IT', 'Operations', 'Legal'];

/** Fixed definitions (uids are constants so fixtures and docs can quote them). */
export const CUSTOM_FIELD_DEFINITIONS: readonly CustomFieldDefinition[] = [
  { cdfUid: '0b7f1c2e-4a5d-4e3f-8a1b-9c0d1e2f3a41', cdfFieldName: 'Asset Number', cdfFieldKey: '1', type: 'Text', categoryCode: 'UDF' },
  {
    cdfUid: '1c8e2d3f-5b6e-4f4a-9b2c-0d1e2f3a4b52',
    cdfFieldName: 'Assigned Username',
    cdfFieldKey: '2',
    type: 'Text',
    categoryCode: 'UDF',
  },
  {
    cdfUid: '2d9f3e4a-6c7f-4a5b-8c3d-1e2f3a4b5c63',
    cdfFieldName: 'Department',
    cdfFieldKey: '3',
    type: 'Dropdown',
    categoryCode: 'UDF',
    dropdowns: DEPARTMENT_VALUES.map((elementValue, i) => ({ elementId: 101 + i, elementValue })),
  },
  { cdfUid: '3e0a4f5b-7d8a-4b6c-9d4e-2f3a4b5c6d74', cdfFieldName: 'Purchase Date', cdfFieldKey: '4', type: 'Date', categoryCode: 'UDF' },
  { cdfUid: '4f1b5a6c-8e9b-4c7d-8e5f-3a4b5c6d7e85', cdfFieldName: 'Cost Center', cdfFieldKey: '5', type: 'Text', categoryCode: 'UDF' },
];

/** The values a device starts with; the API can change them later (state overlay). */
export function initialCustomFieldValues(identity: DeviceIdentity, random: Random, epochMs: number): Map<string, string> {
  const values = new Map<string, string>();
  const [asset, assigned, department, purchase, costCenter] = CUSTOM_FIELD_DEFINITIONS;
  if (!asset || !assigned || !department || !purchase || !costCenter) return values;
  if (identity.index === 0 || random() < 0.8) values.set(asset.cdfUid, `AST-${String(100000 + identity.index).padStart(6, '0')}`);
  if (random() < 0.5) values.set(assigned.cdfUid, identity.accountName);
  if (random() < 0.6) values.set(department.cdfUid, pick(random, DEPARTMENT_VALUES));
  if (random() < 0.5) values.set(purchase.cdfUid, usDate(epochMs - intBetween(random, 60, 1400) * DAY_MS));
  if (random() < 0.3) values.set(costCenter.cdfUid, `CC-${intBetween(random, 10, 99)}00`);
  return values;
}
