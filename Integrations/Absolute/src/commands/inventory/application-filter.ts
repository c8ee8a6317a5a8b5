import { allOf, anyOf } from '../../absolute/filter';

export interface ApplicationFilterArgs {
  filter?: string;
  device_ids?: readonly string[];
  device_names?: readonly string[];
  app_names?: readonly string[];
  app_publishers?: readonly string[];
  user_names?: readonly string[];
  os?: readonly string[];
  esn?: readonly string[];
}

/**
 * The advanced `filter` for application-list. Different arguments narrow the result (and), the
 * values of one list widen it (or), and a user's own expression is and-ed in parentheses. Names
 * match by substring, as the official pack's `substringof` did; device ids match exactly.
 * Undefined when nothing filters, so no empty `filter=` is ever sent.
 */
export function applicationFilter(args: ApplicationFilterArgs): string | undefined {
  return allOf([
    args.filter,
    anyOf('deviceUid', args.device_ids),
    anyOf('deviceNameContains', args.device_names),
    anyOf('appNameContains', args.app_names),
    anyOf('appPublisherContains', args.app_publishers),
    anyOf('userNameContains', args.user_names),
    anyOf('osNameContains', args.os),
    anyOf('esnContains', args.esn),
  ]);
}
