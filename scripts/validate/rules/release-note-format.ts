import { basename } from 'node:path';
import { integrationViews } from '../integration-model';
import type { PackContents } from '../pack-loader';
import { playbookViews } from '../playbook-model';
import { asString } from '../read-data';
import { parseReleaseNote, type ParsedReleaseNote } from '../release-note-parser';
import type { Issue, RuleDef } from '../types';
import { releaseNoteVersion } from '../version';

/** First-level headers demisto-sdk accepts (RN_HEADER_BY_FILE_TYPE in the SDK). */
export const CONTENT_TYPE_HEADERS = [
  'Integrations',
  'Scripts',
  'Playbooks',
  'Incident Fields',
  'Indicator Fields',
  'Indicator Types',
  'Incident Types',
  'Classifiers',
  'Layouts',
  'Reports',
  'Widgets',
  'Dashboards',
  'Connections',
  'Mappers',
  'PreProcess Rules',
  'Objects',
  'Modules',
  'Object Types',
  'Object Fields',
  'Lists',
  'Jobs',
  'Parsing Rules',
  'Modeling Rules',
  'Correlation Rules',
  'XSIAM Dashboards',
  'XSIAM Reports',
  'Triggers Recommendations',
  'Wizards',
  'XDRC Templates',
  'Layout Rules',
  'Assets Modeling Rules',
  'Case Layout Rules',
  'Case Fields',
  'Case Layouts',
];

interface Note {
  file: string;
  text: string;
  parsed: ParsedReleaseNote;
}

function notes(pack: PackContents): Note[] {
  return pack.releaseNotes
    .filter((note) => note.file.endsWith('.md') && releaseNoteVersion(basename(note.file)))
    .map((note) => ({ ...note, parsed: parseReleaseNote(note.text) }));
}

function eachNote(visit: (note: Note, pack: PackContents) => Issue[]): RuleDef['check'] {
  return (pack) => notes(pack).flatMap((note) => visit(note, pack));
}

/** Display names the second-level headers must use, per content type we can see in this pack. */
function knownItems(pack: PackContents): ReadonlyMap<string, ReadonlySet<string>> {
  const displays = integrationViews(pack).flatMap((view) => asString(view.data['display']) ?? []);
  const playbooks = playbookViews(pack)
    .filter((view) => !view.isTest)
    .flatMap((view) => asString(view.data['name']) ?? []);
  return new Map([
    ['Integrations', new Set(displays)],
    ['Playbooks', new Set(playbooks)],
  ]);
}

/** RN103 and RN113-RN116: the markdown structure of each release note. */
export const releaseNoteFormatRules: RuleDef[] = [
  {
    code: 'RN116',
    title: 'A release note has a first-level (#### content type) header',
    check: eachNote(({ file, parsed }) =>
      parsed.sections.length === 0 && parsed.forceHeaders === 0
        ? [{ file, message: 'no "#### <Content type>" header found; start each section with e.g. "#### Integrations"' }]
        : [],
    ),
  },
  {
    code: 'RN113',
    title: 'First-level headers are known content types',
    check: eachNote(({ file, parsed }) =>
      parsed.sections
        .filter((section) => !CONTENT_TYPE_HEADERS.includes(section.contentType))
        .map((section) => ({
          file,
          where: `line ${section.line}`,
          message: `"#### ${section.contentType}" is not a content type header (e.g. Integrations, Playbooks, Scripts)`,
        })),
    ),
  },
  {
    code: 'RN115',
    title: 'Headers are well formed and every content type lists its items',
    check: eachNote(({ file, parsed }) => [
      ...parsed.malformedHeaders.map(({ line, text }) => ({
        file,
        where: `line ${line}`,
        message: `malformed header "${text}"; put a space after the hashes`,
      })),
      ...parsed.orphanItems.map(({ line, text }) => ({
        file,
        where: `line ${line}`,
        message: `"${text}" appears before any "#### <Content type>" header`,
      })),
      ...parsed.sections
        .filter((section) => section.items.length === 0)
        .map((section) => ({
          file,
          where: `line ${section.line}`,
          message: `"#### ${section.contentType}" has no "##### <item>" header under it`,
        })),
    ]),
  },
  {
    code: 'RN114',
    title: 'Second-level headers name items of the pack by display name',
    check: eachNote(({ file, parsed }, pack) => {
      const known = knownItems(pack);
      return parsed.sections.flatMap((section) => {
        const names = known.get(section.contentType);
        if (!names) return [];
        return section.items
          .filter((item) => !names.has(item.title))
          .map((item) => ({
            file,
            where: `line ${item.line}`,
            message:
              `"${item.title}" is not the display name of any ${section.contentType.toLowerCase()} item in this pack` +
              ` (${[...names].join(', ') || 'none'})`,
          }));
      });
    }),
  },
  {
    code: 'RN103',
    title: 'Release notes are filled in (no %%UPDATE_RN%%, no empty entries)',
    check: eachNote(({ file, text, parsed }) => [
      ...(text.trim() === '' ? [{ file, message: 'the release note is empty' }] : []),
      ...text
        .split(/\r?\n/)
        .flatMap((line, index) =>
          line.includes('%%UPDATE_RN%%')
            ? [{ file, where: `line ${index + 1}`, message: 'replace the %%UPDATE_RN%% placeholder with a description of the change' }]
            : [],
        ),
      ...parsed.sections.flatMap((section) =>
        section.items
          .filter((item) => item.body.length === 0)
          .map((item) => ({
            file,
            where: `line ${item.line}`,
            message: `"##### ${item.title}" has no entry under it; add a "- ..." line`,
          })),
      ),
    ]),
  },
];
