import { CUSTOM_FIELD_DEFINITIONS, type CustomFieldDefinition } from '../fleet/custom-field-definitions';
import type { DeviceCustomField } from '../fleet/device-report';
import { savedList, type Persistent } from './persistent';

/**
 * Custom field values written through the API, layered over the generated ones. An empty value
 * clears the field (the device then no longer lists it).
 */
export class CustomFieldStore implements Persistent {
  readonly definitions: readonly CustomFieldDefinition[] = CUSTOM_FIELD_DEFINITIONS;
  private readonly overlay = new Map<number, Map<string, string>>();

  definition(cdfUid: string): CustomFieldDefinition | undefined {
    return this.definitions.find((d) => d.cdfUid === cdfUid.toLowerCase());
  }

  snapshot(): unknown {
    return [...this.overlay].map(([index, values]) => [index, [...values]]);
  }

  restore(data: unknown): void {
    this.overlay.clear();
    for (const [index, values] of savedList<[number, [string, string][]]>(data)) this.overlay.set(index, new Map(values));
  }

  has(deviceIndex: number): boolean {
    return this.overlay.has(deviceIndex);
  }

  set(deviceIndex: number, cdfUid: string, value: string): void {
    const values = this.overlay.get(deviceIndex) ?? new Map<string, string>();
    values.set(cdfUid, value);
    this.overlay.set(deviceIndex, values);
  }

  /** The device's fields after applying API writes to the generated values, in definition order. */
  apply(deviceIndex: number, generated: readonly DeviceCustomField[] | undefined): DeviceCustomField[] {
    const written = this.overlay.get(deviceIndex);
    if (!written) return [...(generated ?? [])];
    const values = new Map((generated ?? []).map((f) => [f.cdfUid, f.cdfFieldValue]));
    for (const [uid, value] of written) values.set(uid, value);
    return this.definitions
      .filter((d) => (values.get(d.cdfUid) ?? '') !== '')
      .map((d) => ({ cdfUid: d.cdfUid, cdfFieldName: d.cdfFieldName, cdfFieldValue: values.get(d.cdfUid) ?? '' }));
  }
}
