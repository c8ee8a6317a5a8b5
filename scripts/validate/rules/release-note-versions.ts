import { basename } from 'node:path';
import type { PackContents } from '../pack-loader';
import { metadataRecord } from '../pack-metadata-model';
import { asString } from '../read-data';
import type { RuleDef } from '../types';
import {
  compareVersions,
  FIRST_VERSION,
  formatVersion,
  parseVersion,
  releaseNoteFileName,
  releaseNoteVersion,
  type PackVersion,
} from '../version';

function currentVersion(pack: PackContents): PackVersion | undefined {
  const text = asString(metadataRecord(pack)?.['currentVersion']);
  return text === undefined ? undefined : parseVersion(text);
}

/** Versions that have a markdown release note, highest last. */
function noteVersions(pack: PackContents): PackVersion[] {
  return pack.releaseNotes
    .filter((note) => note.file.endsWith('.md'))
    .flatMap((note) => {
      const version = releaseNoteVersion(basename(note.file));
      return version ? [version] : [];
    })
    .sort(compareVersions);
}

/** How release-note files line up with pack_metadata.json's currentVersion. */
export const releaseNoteVersionRules: RuleDef[] = [
  {
    code: 'PK105',
    title: 'Release-note files are named <major>_<minor>_<revision>.md (or .json)',
    check: (pack) =>
      pack.releaseNotes
        .filter((note) => releaseNoteVersion(basename(note.file)) === undefined)
        .map((note) => ({
          file: note.file,
          message: 'release-note files must be named like 1_0_1.md (or 1_0_1.json for breaking-change notes)',
        })),
  },
  {
    code: 'RN106',
    title: 'A version after 1.0.0 has its release note',
    check(pack) {
      const current = currentVersion(pack);
      if (!current || compareVersions(current, FIRST_VERSION) <= 0) return [];
      const expected = `ReleaseNotes/${releaseNoteFileName(current)}`;
      return pack.releaseNotes.some((note) => note.file === expected)
        ? []
        : [{ file: expected, message: `currentVersion is ${formatVersion(current)} but ${expected} does not exist` }];
    },
  },
  {
    code: 'PA101',
    title: 'currentVersion equals the latest release-note version',
    check(pack) {
      const current = currentVersion(pack);
      const latest = noteVersions(pack).at(-1);
      if (!current || !latest || compareVersions(current, latest) === 0) return [];
      const note = `ReleaseNotes/${releaseNoteFileName(latest)}`;
      const message =
        compareVersions(latest, current) > 0
          ? `${note} is for a version newer than currentVersion ${formatVersion(current)}; bump currentVersion or remove the note`
          : `currentVersion ${formatVersion(current)} does not match the latest release note, ${note}`;
      return [{ file: 'pack_metadata.json', where: 'currentVersion', message }];
    },
  },
  {
    code: 'RN108',
    title: 'No release note for 1.0.0 (a new pack has none)',
    check: (pack) =>
      pack.releaseNotes
        .filter((note) => note.file === `ReleaseNotes/${releaseNoteFileName(FIRST_VERSION)}`)
        .map((note) => ({ file: note.file, message: 'version 1.0.0 is the initial release and takes no release note; remove the file' })),
  },
];
