import type { ApiDeviceRecord } from '../../absolute/api/types';
import { cellText, csvRecord, valueAt } from './csv';

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Turns the device stream into file text one page at a time, so only one page is ever held. */
export interface ExportEncoder {
  readonly extension: string;
  header(): string;
  page(devices: readonly ApiDeviceRecord[]): string;
  footer(): string;
}

/** One column per field, in the order asked for; nested values are reached by dot path. */
export function csvEncoder(fields: readonly string[]): ExportEncoder {
  const paths = fields.map((f) => f.split('.'));
  return {
    extension: 'csv',
    header: () => csvRecord(fields),
    page: (devices) => devices.map((d) => csvRecord(paths.map((p) => cellText(valueAt(d, p))))).join(''),
    footer: () => '',
  };
}

/** A JSON array of the devices as the API reports them (nested objects kept), written element by element. */
export function jsonEncoder(): ExportEncoder {
  let first = true;
  return {
    extension: 'json',
    header: () => '[',
    page: (devices) => {
      if (devices.length === 0) return '';
      const text = `${first ? '\n' : ',\n'}${devices.map((d) => JSON.stringify(d)).join(',\n')}`;
      first = false;
      return text;
    },
    footer: () => (first ? ']\n' : '\n]\n'),
  };
}

export function encoderFor(format: ExportFormat, fields: readonly string[]): ExportEncoder {
  return format === 'csv' ? csvEncoder(fields) : jsonEncoder();
}
