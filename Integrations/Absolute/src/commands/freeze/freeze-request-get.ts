import { freezeRequestRecords, type ApiFreezeRequestRecord } from '../../absolute/api/freeze';
import { arg } from '../../xsoar/args';
import type { JsonObject, JsonValue } from '../../xsoar/entry';
import { tableToMarkdown } from '../../xsoar/table';
import { defineCommand } from '../command';
import { compact, UUID_PATTERN } from '../shared';

const REQUEST_UID_HINT = 'not a freeze request ID (expected the form 8-4-4-4-12 hexadecimal digits)';

export const freezeRequestGetCommand = defineCommand({
  name: 'absolute-device-freeze-request-get',
  args: {
    request_uid: arg.string({ required: true, pattern: UUID_PATTERN, patternHint: REQUEST_UID_HINT }),
  },
  async run({ client }, args) {
    const requestUid = args.request_uid ?? '';
    const records = await freezeRequestRecords(client, requestUid);
    if (records === undefined) {
      return { readable: `Absolute has no freeze request with ID ${requestUid}.`, raw: [] };
    }
    if (records.length === 0) {
      return { readable: `Absolute freeze request ${requestUid} exists but has no device details (yet).`, raw: [] };
    }
    const outputs = records.map(freezeRequestDetail);
    return {
      readable: tableToMarkdown(`Absolute Freeze request details for: ${requestUid}`, outputs, {
        headers: ['ID', 'DeviceUid', 'Name', 'ActionStatus', 'ActionRequestUid', 'EventHistoryId', 'CreatedUTC', 'ChangedUTC', 'Requester'],
        removeNull: true,
      }),
      raw: records,
      outputs: [{ prefix: 'Absolute.FreezeRequestDetail', keyField: 'ID', value: outputs }],
    };
  },
});

/**
 * The official 2.x mapping; `Statuses` and `Configuration` pass through with the API's own keys.
 * Fields the API leaves out are left out (the official pack wrote them as nulls). `ActionStatus`
 * and `ActionStatusDetails` are added: they say whether the device will actually be frozen.
 */
export function freezeRequestDetail(r: ApiFreezeRequestRecord): JsonObject {
  return {
    ...compact({
      ID: r.id,
      ActionRequestUid: r.requestUid,
      DeviceUid: r.deviceUid,
      Name: r.requestTitle,
      Requester: r.requester,
      CreatedUTC: r.createdDateTimeUtc,
      ChangedUTC: r.changedDateTimeUtc,
      NotificationEmails: r.notificationEmails,
      EventHistoryId: r.eventHistoryId,
      PolicyGroupUid: r.policyGroupUid,
      PolicyConfigurationVersion: r.policyConfigurationVersion,
      FreezePolicyUid: r.freezePolicyUid,
      Downloaded: r.isDownloaded,
      IsCurrent: r.isCurrent,
      ActionStatus: r.actionStatus,
      ActionStatusDetails: r.actionStatusDetails,
    }),
    Statuses: r.statuses ?? [],
    Configuration: (r.configuration ?? {}) as JsonValue,
  };
}
