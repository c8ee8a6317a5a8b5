import { customFieldDefinitions, updateDeviceCustomFields, type ApiCustomFieldDefinition } from '../../absolute/api/custom-fields';
import type { AbsoluteClient } from '../../absolute/client';
import { AbsoluteApiError, AbsoluteError } from '../../absolute/errors';
import { arg, ArgumentError } from '../../xsoar/args';
import { defineCommand } from '../command';
import { UUID_HINT, UUID_PATTERN } from '../shared';
import { checkValue, findDefinition } from './custom-field-value';
import { describeDevices } from '../describe-targets';

export const customFieldUpdateCommand = defineCommand({
  name: 'absolute-custom-device-field-update',
  args: {
    device_id: arg.string({ required: true, pattern: UUID_PATTERN, patternHint: UUID_HINT }),
    cdf_uid: arg.string({ maxLength: 128 }),
    cdf_name: arg.string({ maxLength: 256 }),
    value: arg.string({ required: true, maxLength: 4000 }),
  },
  async describeTargets({ client }, args) {
    checkFieldChoice(args);
    const field = args.cdf_name !== undefined ? `"${args.cdf_name}"` : (args.cdf_uid ?? '(no field given)');
    const device = await describeDevices(client, { device_ids: [args.device_id as string], device_names: [], serial_numbers: [] });
    return `Set the Device Field ${field} to "${args.value ?? ''}" on ${device}`;
  },
  async run({ client }, args) {
    const deviceUid = args.device_id as string;
    const value = args.value as string;
    checkFieldChoice(args);

    const definitions = await readDefinitions(client, args.cdf_name);
    let cdfUid = args.cdf_uid;
    let toSend = value;
    let note = '';
    if (definitions) {
      const definition = findDefinition(definitions, { cdfUid: args.cdf_uid, cdfName: args.cdf_name });
      cdfUid = definition.cdfUid ?? undefined;
      toSend = checkValue(definition, value);
    } else {
      note = '\nThe value was not checked against the field definition: the API token cannot read Device Field definitions.';
    }
    if (!cdfUid) throw new ArgumentError('cdf_name', 'the matching Device Field definition has no cdfUid');

    await updateDeviceCustomFields(client, deviceUid, [{ cdfUid, cdfFieldValue: toSend }]).catch((error: unknown) => {
      if (error instanceof AbsoluteApiError && error.status === 404) {
        throw new AbsoluteError(`No device with device_id ${deviceUid} was found in Absolute; nothing was changed.`, {
          suggestion: error.message,
        });
      }
      throw error;
    });
    return {
      readable: `Device ${deviceUid} with value ${toSend} was updated successfully.${note}`,
      raw: { deviceUid, cdfUid, cdfFieldValue: toSend },
    };
  },
});

function checkFieldChoice(args: { cdf_uid?: string; cdf_name?: string }): void {
  if (args.cdf_uid === undefined && args.cdf_name === undefined) {
    throw new ArgumentError('cdf_uid', 'give cdf_uid (or cdf_name) to say which Device Field to set');
  }
  if (args.cdf_uid !== undefined && args.cdf_name !== undefined)
    throw new ArgumentError('cdf_name', 'give either cdf_uid or cdf_name, not both');
}

/**
 * The Device Field definitions, or undefined when the token may not read them (a separate
 * permission from setting values). Without them a field can still be set by cdf_uid, unchecked,
 * as the official pack always did; a name cannot be resolved at all.
 */
async function readDefinitions(client: AbsoluteClient, cdfName: string | undefined): Promise<ApiCustomFieldDefinition[] | undefined> {
  try {
    return await customFieldDefinitions(client);
  } catch (error) {
    if (!(error instanceof AbsoluteApiError && error.status === 403)) throw error;
    if (cdfName !== undefined) {
      throw new AbsoluteError(
        'cdf_name cannot be resolved: the API token lacks permission to read Device Field definitions; give cdf_uid instead.',
        { suggestion: error.message },
      );
    }
    return undefined;
  }
}
