/** A pack version `MAJOR.MINOR.REVISION`. */
export type PackVersion = readonly [number, number, number];

export function parseVersion(text: string): PackVersion | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(text);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

export function compareVersions(a: PackVersion, b: PackVersion): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

export function formatVersion(version: PackVersion): string {
  return version.join('.');
}

/** The version a release-note file is for: `ReleaseNotes/1_2_3.md` (or its `.json` companion) -> 1.2.3. */
export function releaseNoteVersion(fileName: string): PackVersion | undefined {
  const match = /^(\d+)_(\d+)_(\d+)\.(?:md|json)$/.exec(fileName);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

export function releaseNoteFileName(version: PackVersion): string {
  return `${version.join('_')}.md`;
}

export const FIRST_VERSION: PackVersion = [1, 0, 0];
