import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { integrationViews } from '../integration-model';
import type { PackContents } from '../pack-loader';
import { asRecord, asString } from '../read-data';
import type { RuleDef } from '../types';
import { compareVersions, releaseNoteVersion } from '../version';

const DOCKER_UPDATE = /Updated the Docker image to:? \*([^*\s]+)\*/g;

/** The latest markdown release note, if there is one. */
function latestNote(pack: PackContents) {
  return pack.releaseNotes
    .flatMap((note) => {
      const version = note.file.endsWith('.md') ? releaseNoteVersion(basename(note.file)) : undefined;
      return version ? [{ ...note, version }] : [];
    })
    .sort((a, b) => compareVersions(a.version, b.version))
    .at(-1);
}

/** Pack files demisto-sdk expects beside the content, and the latest release note's image. */
export const packDockerAndFileRules: RuleDef[] = [
  {
    code: 'PA128',
    title: 'The pack has .secrets-ignore and .pack-ignore (README.md: RM109)',
    check: (pack) =>
      ['.secrets-ignore', '.pack-ignore']
        .filter((file) => !existsSync(join(pack.root, file)))
        .map((file) => ({
          file,
          message: `packs require a .secrets-ignore, .pack-ignore and README.md; ${file} is missing (it may be empty)`,
        })),
  },
  {
    code: 'RN111',
    title: 'A Docker image named by the latest release note is the one the integration uses',
    check(pack) {
      const note = latestNote(pack);
      if (!note) return [];
      const images = new Set(integrationViews(pack).flatMap((view) => asString(asRecord(view.data['script'])?.['dockerimage']) ?? []));
      return [...note.text.matchAll(DOCKER_UPDATE)]
        .map((match) => match[1] ?? '')
        .filter((image) => !images.has(image))
        .map((image) => ({
          file: note.file,
          message:
            `the release note says the Docker image was updated to ${image}, ` +
            `but the integration uses ${[...images].join(', ') || 'none'}`,
        }));
    },
  },
];
