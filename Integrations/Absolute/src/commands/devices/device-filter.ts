import { allOf, anyOf, equals } from '../../absolute/filter';
import { arg, type ParsedArgs } from '../../xsoar/args';

/** Agent status as the analyst writes it → the code the device report filters on. */
export const AGENT_STATUS = { Active: 'A', Disabled: 'D', Inactive: 'I' } as const;

/**
 * The device filter arguments of absolute-device-list, shared so every command that walks the
 * fleet filters it the same way (absolute-device-list and absolute-device-export).
 */
export const DEVICE_FILTER_ARGS = {
  filter: arg.string({ maxLength: 4000 }),
  agent_status: arg.choice(['Active', 'Disabled', 'Inactive'] as const),
  os_name: arg.string({ maxLength: 256 }),
  manufacturer: arg.string({ maxLength: 256 }),
  model: arg.string({ maxLength: 256 }),
  user_names: arg.list({ maxItems: 100 }),
};

export type DeviceFilterArgs = ParsedArgs<typeof DEVICE_FILTER_ARGS>;

/**
 * The advanced filter expression for the arguments, or undefined for the whole fleet. Different
 * arguments narrow the result (and); values of one list argument widen it (or).
 */
export function deviceFilter(args: DeviceFilterArgs): string | undefined {
  return allOf([
    args.filter,
    args.agent_status && equals('agentStatus', AGENT_STATUS[args.agent_status]),
    equals('operatingSystemName', args.os_name),
    equals('systemManufacturer', args.manufacturer),
    equals('systemModel', args.model),
    anyOf('usernameContains', args.user_names),
  ]);
}
