import { z } from 'zod';
import { flag, lazySchema, list, nested, num, record, text, type OtherFields, type ReplyOf } from '../reply-schema';

/*
 * The device report and action records as far as the pack reads them. Every field is optional
 * (the API omits what the token may not see) and null counts as absent; a field of the wrong type
 * fails the command with AbsoluteReplyShapeError. Fields not listed pass through unchecked.
 */

/** `/v3/reporting/devices` and `devices-advanced`: one device. */
export const deviceSchema = lazySchema(() =>
  record({
    deviceUid: text(),
    esn: text(),
    deviceName: text(),
    fullSystemName: text(),
    domain: text(),
    agentStatus: text(),
    platformOSType: text(),
    systemManufacturer: text(),
    systemModel: text(),
    systemType: text(),
    serialNumber: text(),
    username: text(),
    localIp: text(),
    publicIp: text(),
    isStolen: flag(),
    policyGroupUid: text(),
    policyGroupName: text(),
    lastConnectedDateTimeUtc: text(),
    operatingSystem: nested({
      name: text(),
      version: text(),
      currentBuild: text(),
      build: text(),
      architecture: text(),
      installDateTimeUtc: text(),
      lastBootDateTimeUtc: text(),
      productKey: text(),
      serialNumber: text(),
    }),
    bios: nested({ id: text(), serialNumber: text(), smBiosVersion: text(), version: text(), versionDate: text() }),
    espInfo: nested({ encryptionStatus: text(), encryptionProductName: text() }),
    deviceStatus: nested({ type: text(), reported: text() }),
    deviceFreezeStatus: nested({ statusCode: text(), statusName: text(), changedDateTimeUtc: text() }),
    networkAdapters: list(nested({ macAddress: text() })),
    geoData: nested({
      location: nested({
        point: nested({ x: num(), y: num(), type: text(), coordinates: list(z.number()) }),
        geoAddress: nested({ county: text(), city: text(), state: text(), countryCode: text(), country: text() }),
        locationTechnology: text(),
        accuracy: num(),
        // v3 sends ISO text; v2 sent epoch milliseconds, which the location mapping converts.
        lastUpdateDateTimeUtc: z.union([z.string(), z.number()]).nullish(),
      }),
    }),
  }),
);
export type ApiDevice = ReplyOf<typeof deviceSchema> & OtherFields;
export type ApiGeoLocation = NonNullable<NonNullable<ApiDevice['geoData']>['location']>;

/** A device record with nothing checked but that it is a record: exports write any field generically. */
export const deviceRecordSchema = lazySchema(() => record({}));
export type ApiDeviceRecord = OtherFields;

/** The counters of an action request (unenroll, wipe), per action status (fields for a record()). */
export const actionRequestShape = () => ({
  totalDevices: num(),
  pending: num(),
  processing: num(),
  completed: num(),
  canceled: num(),
  failed: num(),
  requestId: text(),
  requestUid: text(),
  requestStatus: text(),
  createdDateTimeUtc: text(),
  updatedDateTimeUtc: text(),
  requester: text(),
});

/** One device's action within an action request (unenroll, wipe) (fields for a record()). */
export const deviceActionShape = () => ({
  actionUid: text(),
  requestUid: text(),
  deviceUid: text(),
  deviceName: text(),
  esn: text(),
  actionStatus: text(),
  actionStatusDetails: text(),
  createdDateTimeUtc: text(),
  updatedDateTimeUtc: text(),
});

/** An action request's counters alone (requests that add nothing of their own). */
export const actionRequestSchema = lazySchema(() => record(actionRequestShape()));
export type ApiActionRequest = ReplyOf<typeof actionRequestSchema> & OtherFields;

/** What action requests of every kind (Reach, File Delete, Send Message, Wipe) are listed by. */
export interface ActionRequestFilter {
  createdFromDateTimeUtc?: string;
  createdToDateTimeUtc?: string;
  requestStatus?: string;
}

/** One device's action alone (actions that add nothing of their own). */
export const deviceActionSchema = lazySchema(() => record(deviceActionShape()));
export type ApiDeviceAction = ReplyOf<typeof deviceActionSchema> & OtherFields;

/** The reply of a create call: the new request's id. */
export const createdSchema = lazySchema(() => record({ requestUid: text() }));
