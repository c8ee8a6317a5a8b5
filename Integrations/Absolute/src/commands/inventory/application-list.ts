import { APPLICATION_PAGE_MAX, applicationPage, type ApplicationQuery } from '../../absolute/api/applications';
import { AbsoluteApiError, AbsoluteError } from '../../absolute/errors';
import { arg, ArgumentError } from '../../xsoar/args';
import { tableToMarkdown } from '../../xsoar/table';
import { defineCommand } from '../command';
import { describeArgs, UUID_HINT, UUID_PATTERN } from '../shared';
import {
  APPLICATION_ALL_HEADERS,
  APPLICATION_FIELDS,
  APPLICATION_TABLE_HEADERS,
  applicationContext,
  selectableField,
} from './application-context';
import { applicationFilter } from './application-filter';

const FIELD_SHAPE = /^[A-Za-z][A-Za-z0-9]*$/;
const INVALID_FILTER = 'Error in request - make sure your filter is in accordance to the Absolute documentation.';

export const applicationListCommand = defineCommand({
  name: 'absolute-device-application-list',
  args: {
    filter: arg.string({ maxLength: 4000 }),
    return_fields: arg.list({ maxItems: 50, itemPattern: FIELD_SHAPE, itemHint: 'not a field name' }),
    device_ids: arg.list({ maxItems: 1000, itemPattern: UUID_PATTERN, itemHint: UUID_HINT }),
    device_names: arg.list({ maxItems: 1000 }),
    app_names: arg.list({ maxItems: 1000 }),
    app_publishers: arg.list({ maxItems: 1000 }),
    user_names: arg.list({ maxItems: 1000 }),
    os: arg.list({ maxItems: 1000 }),
    esn: arg.list({ maxItems: 1000 }),
    limit: arg.number({ defaultValue: 50, min: 1, max: APPLICATION_PAGE_MAX }),
    page: arg.number({ defaultValue: 0, min: 0, max: 100_000 }),
  },
  async run({ client }, args) {
    const query: ApplicationQuery = { filter: applicationFilter(args), select: selection(args.return_fields) };
    const apps = await applicationPage(client, query, args.page, args.limit).catch((error: unknown) => {
      if (error instanceof AbsoluteApiError && error.status === 400) throw new AbsoluteError(`${INVALID_FILTER}\n${error.message}`);
      throw error;
    });
    if (apps.length === 0) {
      const given = describeArgs({ ...args, limit: undefined, page: args.page > 0 ? args.page : undefined });
      return { readable: `No applications found in Absolute for the given filters: ${given}.`, raw: [] };
    }
    const outputs = apps.map(applicationContext);
    const headers = query.select ? APPLICATION_ALL_HEADERS : APPLICATION_TABLE_HEADERS;
    const table = tableToMarkdown('Absolute device applications list:', outputs, { headers, removeNull: true });
    return {
      readable: `${table}\nAbove results are with page number: ${args.page} and with limit: ${args.limit}.`,
      raw: apps,
      outputs: [{ prefix: 'Absolute.DeviceApplication', keyField: 'DeviceAppId', value: outputs }],
    };
  },
});

/**
 * return_fields as API field names (output names such as InstallDate are accepted too). The key
 * field deviceAppId is always selected so repeated runs update context instead of appending.
 */
function selection(fields: readonly string[]): string[] | undefined {
  if (fields.length === 0) return undefined;
  const unknown = fields.filter((f) => selectableField(f) === undefined);
  if (unknown.length > 0) {
    throw new ArgumentError(
      'return_fields',
      `unknown field ${unknown.map((u) => JSON.stringify(u)).join(', ')}; the fields are ${APPLICATION_FIELDS.join(', ')}`,
    );
  }
  return [...new Set(['deviceAppId', ...fields.map((f) => selectableField(f) as string)])];
}
