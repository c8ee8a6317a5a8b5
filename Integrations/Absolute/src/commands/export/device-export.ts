import { DEVICE_PAGE_MAX, deviceRecordPages } from '../../absolute/api/devices';
import { arg, ArgumentError } from '../../xsoar/args';
import type { CommandResults } from '../../xsoar/entry';
import { tableToMarkdown } from '../../xsoar/table';
import { defineCommand } from '../command';
import { describeArgs } from '../shared';
import { DEVICE_FILTER_ARGS, deviceFilter } from '../devices/device-filter';
import { ExportFile, fileNameProblem } from './export-file';
import { exportFields, FIELD_HINT, FIELD_PATTERN } from './export-fields';
import { encoderFor, EXPORT_FORMATS, type ExportFormat } from './export-format';

/** Progress goes to stderr every this many pages (10,000 devices at the maximum page size). */
export const PROGRESS_EVERY_PAGES = 20;

/**
 * Writes every matching device to a file, page by page as the pages arrive, so a fleet of any size
 * costs the memory of one page. Returns the file entry and a summary for the context.
 */
export const deviceExportCommand = defineCommand({
  name: 'absolute-device-export',
  args: {
    format: arg.choice(EXPORT_FORMATS, { defaultValue: 'csv' }),
    fields: arg.list({ maxItems: 200, itemPattern: FIELD_PATTERN, itemHint: FIELD_HINT }),
    ...DEVICE_FILTER_ARGS,
    file_name: arg.string({ maxLength: 200 }),
  },
  async run({ client, filesDir, log, now }, args) {
    const format: ExportFormat = args.format ?? 'csv';
    const fields = exportFields(args.fields);
    const fileName = args.file_name ?? defaultFileName(format, now());
    const problem = fileNameProblem(fileName);
    if (problem) throw new ArgumentError('file_name', problem);
    const filter = deviceFilter(args);

    const encoder = encoderFor(format, fields);
    let file: ExportFile | undefined;
    let count = 0;
    try {
      for await (const page of deviceRecordPages(client, { filter, select: fields }, DEVICE_PAGE_MAX)) {
        if (page.items.length === 0) continue;
        // Created on the first device, so an empty result leaves no empty file behind.
        if (!file) {
          file = await ExportFile.create(filesDir, fileName);
          await file.write(encoder.header());
        }
        await file.write(encoder.page(page.items));
        count += page.items.length;
        if ((page.index + 1) % PROGRESS_EVERY_PAGES === 0)
          log(`absolute-device-export: ${count} devices written to ${file.name} (${page.index + 1} pages)`);
      }
      if (!file) return nothingFound(args);
      await file.write(encoder.footer());
      await file.finish();
    } catch (error) {
      await file?.abandon();
      throw error;
    }
    log(`absolute-device-export: ${count} devices written to ${file.path}`);
    return exportResults(file, format, count, fields);
  },
});

function exportResults(file: ExportFile, format: ExportFormat, count: number, fields: readonly string[]): CommandResults[] {
  const summary = { FileName: file.name, Format: format, DeviceCount: count, Fields: [...fields] };
  return [
    { readable: `Exported ${count} devices to ${file.name} (${format}).`, file: { name: file.name, id: file.path } },
    {
      readable: tableToMarkdown(
        'Absolute device export',
        { ...summary, Fields: fields.join(', ') },
        { headers: ['FileName', 'Format', 'DeviceCount', 'Fields'] },
      ),
      outputs: [{ prefix: 'Absolute.DeviceExport', keyField: 'FileName', value: summary }],
    },
  ];
}

function nothingFound(args: Record<string, unknown>): CommandResults {
  const filters = describeArgs({ ...args, format: undefined, fields: undefined, file_name: undefined });
  return { readable: `No devices found in Absolute for the given filters: ${filters}. No file was written.`, raw: [] };
}

/** `absolute-devices-20240131-142501.csv`, in UTC: sortable, and free of characters file systems refuse. */
export function defaultFileName(format: ExportFormat, nowMs: number): string {
  const stamp = new Date(nowMs).toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `absolute-devices-${stamp}.${format}`;
}
