/**
 * The token permission each v3 operation needs, from the "Permissions" notes of each resource in
 * Absolute's API reference, so a 403 can say which permission to add. First match wins.
 */
const RULES: ReadonlyArray<readonly [method: string, path: RegExp, permission: string]> = [
  ['GET', /^\/v3\/reporting\/devices/, 'View on Device reports'],
  ['GET', /^\/v3\/reporting\/applications/, 'View on Software reports'],
  ['GET', /^\/v3\/reporting\/siem-events/, 'Manage on SIEM integration'],
  ['GET', /^\/v3\/configurations\/customfields\/definitions/, 'Manage on Device Field Definition'],
  ['GET', /^\/v3\/configurations\/customfields\/devices\//, 'View on Device Fields'],
  ['PUT', /^\/v3\/configurations\/customfields\/devices\//, 'Manage on Device Fields'],
  ['*', /^\/v3\/actions\/freeze\/messages/, 'View on Freeze Device'],
  ['GET', /^\/v3\/actions\/freeze\/requests\//, 'Perform on Freeze Device and on Remove Freeze'],
  ['POST', /^\/v3\/actions\/(requests\/freeze|freeze\/remove-freeze)/, 'Perform on Freeze Device'],
  ['POST', /^\/v3\/actions\/unenroll\/get-actions/, 'View on Unenroll Device'],
  ['*', /^\/v3\/actions\/requests\/unenroll/, 'Perform on Unenroll Device'],
  ['POST', /^\/v3\/actions\/(requests\/wipe|wipe\/cancel-actions)/, 'Perform on Wipe Device'],
  ['*', /^\/v3\/actions\/(requests\/wipe|wipe\/)/, 'View on Wipe Device'],
  ['GET', /^\/v3\/tracking\/device-missing\//, 'View on Missing Device'],
  ['POST', /^\/v3\/tracking\/device-missing\//, 'Manage on Missing Device'],
  ['POST', /^\/v3\/actions\/(requests\/eum|eum\/cancel-actions)/, 'Manage on Send Message'],
  ['*', /^\/v3\/actions\/(requests\/eum|eum\/)/, 'View on Send Message'],
  ['*', /^\/v3\/actions\/(requests\/reach|reach\/)/, 'Run on Reach Script'],
  ['POST', /^\/v3\/actions\/(requests\/file-delete|file-delete\/cancel-actions)/, 'Perform on Delete File'],
  ['*', /^\/v3\/actions\/(requests\/file-delete|file-delete\/)/, 'View on Delete File'],
];

/** The permission `operation` (`METHOD /v3/path`) needs, or undefined when the reference names none. */
export function requiredPermission(operation: string): string | undefined {
  const space = operation.indexOf(' ');
  const method = operation.slice(0, space);
  const path = operation.slice(space + 1);
  return RULES.find(([m, pattern]) => (m === '*' || m === method) && pattern.test(path))?.[2];
}
