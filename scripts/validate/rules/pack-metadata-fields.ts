import { METADATA_FILE, metadataRecord } from '../pack-metadata-model';
import { asArray, asString, hasKey } from '../read-data';
import { parseVersion } from '../version';
import type { Issue, RuleDef } from '../types';

const STRING_FIELDS = ['name', 'description', 'support', 'currentVersion', 'author'];
const LIST_FIELDS = ['categories', 'tags', 'useCases', 'keywords', 'marketplaces'];
const SUPPORT_LEVELS = ['xsoar', 'partner', 'developer', 'community'];
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})$/;

function issue(where: string, message: string): Issue {
  return { file: METADATA_FILE, where, message };
}

/** Reports for one metadata field when the metadata object is readable. */
function onMetadata(check: (metadata: Record<string, unknown>) => Issue[]): RuleDef['check'] {
  return (pack) => {
    const metadata = metadataRecord(pack);
    return metadata ? check(metadata) : [];
  };
}

/** Presence, shape and scalar values of pack_metadata.json. */
export const packMetadataFieldRules: RuleDef[] = [
  {
    code: 'PA128',
    title: 'pack_metadata.json exists',
    check: (pack) => (pack.metadata ? [] : [{ file: METADATA_FILE, message: 'the pack has no pack_metadata.json' }]),
  },
  {
    code: 'PA112',
    title: 'pack_metadata.json is a JSON object',
    check(pack) {
      if (!pack.metadata) return [];
      if (pack.metadata.parseError !== undefined) return [{ file: METADATA_FILE, message: `not valid JSON: ${pack.metadata.parseError}` }];
      return metadataRecord(pack) ? [] : [{ file: METADATA_FILE, message: 'the file must hold a JSON object' }];
    },
  },
  {
    code: 'PA107',
    title: 'Mandatory metadata fields are present with the right type',
    check: onMetadata((metadata) => [
      ...STRING_FIELDS.flatMap((key) =>
        !hasKey(metadata, key)
          ? [issue(key, 'mandatory field is missing')]
          : typeof metadata[key] !== 'string'
            ? [issue(key, 'must be a string')]
            : [],
      ),
      ...LIST_FIELDS.flatMap((key) =>
        !hasKey(metadata, key)
          ? [issue(key, 'mandatory field is missing')]
          : !Array.isArray(metadata[key])
            ? [issue(key, 'must be a list of strings')]
            : [],
      ),
      ...(hasKey(metadata, 'created') || hasKey(metadata, 'firstCreated')
        ? []
        : [issue('created', 'mandatory field is missing (ISO 8601 creation time)')]),
    ]),
  },
  {
    code: 'PA111',
    title: 'No empty strings in name, description, author or the metadata lists',
    check: onMetadata((metadata) => [
      ...['name', 'description', 'author'].flatMap((key) => (metadata[key] === '' ? [issue(key, 'must not be empty')] : [])),
      ...['categories', 'tags', 'useCases', 'keywords'].flatMap((key) =>
        asArray(metadata[key]).flatMap((item, index) =>
          typeof item === 'string' && item.trim() === '' ? [issue(`${key}[${index}]`, 'empty string in list')] : [],
        ),
      ),
    ]),
  },
  {
    code: 'PA113',
    title: 'A support url or email is given',
    check: onMetadata((metadata) =>
      asString(metadata['url'])?.trim() || asString(metadata['email'])?.trim() ? [] : [issue('url', 'give a support url or email')],
    ),
  },
  {
    code: 'PA127',
    title: 'The support url is not a bare GitHub repository',
    check: onMetadata((metadata) => {
      const url = asString(metadata['url']) ?? '';
      const bareRepo = /^https?:\/\/(?:www\.)?github\.com\/[^/]+\/[^/]+\/?$/i.test(url);
      return bareRepo ? [issue('url', `${url} is a bare GitHub repository; link its /issues page or a support page`)] : [];
    }),
  },
  {
    code: 'PA130',
    title: 'currentVersion is MAJOR.MINOR.REVISION',
    check: onMetadata((metadata) => {
      const version = asString(metadata['currentVersion']);
      return version === undefined || parseVersion(version) ? [] : [issue('currentVersion', `"${version}" is not of the form 1.2.3`)];
    }),
  },
  {
    code: 'PA117',
    title: `support is one of ${SUPPORT_LEVELS.join(', ')}`,
    check: onMetadata((metadata) => {
      const support = asString(metadata['support']);
      if (support === undefined || SUPPORT_LEVELS.includes(support)) return [];
      return [issue('support', `"${support}" is not one of ${SUPPORT_LEVELS.join(', ')}`)];
    }),
  },
  {
    code: 'PA115',
    title: 'created is an ISO 8601 timestamp',
    check: onMetadata((metadata) => {
      const key = hasKey(metadata, 'created') ? 'created' : 'firstCreated';
      const value = metadata[key];
      if (value === undefined) return [];
      const valid = typeof value === 'string' && ISO_8601.test(value) && !Number.isNaN(Date.parse(value));
      return valid ? [] : [issue(key, `${JSON.stringify(value)} is not an ISO 8601 timestamp such as 2026-11-27T00:00:00Z`)];
    }),
  },
];
