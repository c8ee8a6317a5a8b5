import { METADATA_FILE, metadataRecord } from '../pack-metadata-model';
import { asArray } from '../read-data';
import type { Issue, RuleDef } from '../types';

const MARKETPLACES = ['xsoar', 'marketplacev2', 'xpanse', 'xsoar_saas', 'xsoar_on_prem', 'platform'];

/** Non-empty string items with their index; empty ones are PA111's to report. */
function items(value: unknown): { item: string; index: number }[] {
  return asArray(value).flatMap((item, index) => (typeof item === 'string' && item.trim() !== '' ? [{ item, index }] : []));
}

function unapproved(metadata: Record<string, unknown>, key: string, allowed: readonly string[]): Issue[] {
  return items(metadata[key])
    .filter(({ item }) => !allowed.includes(item))
    .map(({ item, index }) => ({
      file: METADATA_FILE,
      where: `${key}[${index}]`,
      message: `"${item}" is not an approved value (${allowed.join(', ')})`,
    }));
}

function splitTag(tag: string): { prefixes: string[] | undefined; value: string } {
  const colon = tag.indexOf(':');
  return colon < 0 ? { prefixes: undefined, value: tag } : { prefixes: tag.slice(0, colon).split(','), value: tag.slice(colon + 1) };
}

function tagIssues(metadata: Record<string, unknown>, check: (tag: string, where: string) => Issue | undefined): Issue[] {
  return items(metadata['tags']).flatMap(({ item, index }) => {
    const issue = check(item, `tags[${index}]`);
    return issue ? [issue] : [];
  });
}

/** The list-valued metadata fields, checked against the vendored approved lists. */
export const packMetadataListRules: RuleDef[] = [
  {
    code: 'PA103',
    title: 'At least one category, all from the approved list',
    check(pack, context) {
      const metadata = metadataRecord(pack);
      if (!metadata || !Array.isArray(metadata['categories'])) return [];
      if (metadata['categories'].length === 0)
        return [{ file: METADATA_FILE, where: 'categories', message: 'list at least one approved category' }];
      return unapproved(metadata, 'categories', context.approved.categories);
    },
  },
  {
    code: 'PA119',
    title: 'useCases come from the approved list',
    check(pack, context) {
      const metadata = metadataRecord(pack);
      return metadata && Array.isArray(metadata['useCases']) ? unapproved(metadata, 'useCases', context.approved.useCases) : [];
    },
  },
  {
    code: 'PA100',
    title: 'Tag prefixes name a marketplace',
    check(pack) {
      const metadata = metadataRecord(pack);
      if (!metadata) return [];
      return tagIssues(metadata, (tag, where) => {
        const { prefixes } = splitTag(tag);
        const bad = prefixes?.filter((prefix) => !MARKETPLACES.includes(prefix)) ?? [];
        return bad.length === 0
          ? undefined
          : {
              file: METADATA_FILE,
              where,
              message: `tag "${tag}" has an unknown marketplace prefix ${bad.join(', ')} (allowed: ${MARKETPLACES.join(', ')})`,
            };
      });
    },
  },
  {
    code: 'PA120',
    title: 'Tags come from the approved list (common, or marketplace-prefixed)',
    check(pack, context) {
      const metadata = metadataRecord(pack);
      if (!metadata) return [];
      const { common, byMarketplace } = context.approved.tags;
      return tagIssues(metadata, (tag, where) => {
        const { prefixes, value } = splitTag(tag);
        if (prefixes?.some((prefix) => !MARKETPLACES.includes(prefix))) return undefined;
        const allowed = [...common, ...(prefixes ?? []).flatMap((prefix) => byMarketplace[prefix] ?? [])];
        return allowed.includes(value) ? undefined : { file: METADATA_FILE, where, message: `tag "${tag}" is not an approved tag` };
      });
    },
  },
  {
    code: 'PK104',
    title: `marketplaces only lists ${MARKETPLACES.join(', ')}`,
    check(pack) {
      const metadata = metadataRecord(pack);
      if (!metadata) return [];
      return items(metadata['marketplaces'])
        .filter(({ item }) => !MARKETPLACES.includes(item))
        .map(({ item, index }) => ({
          file: METADATA_FILE,
          where: `marketplaces[${index}]`,
          message: `unknown marketplace "${item}" (allowed: ${MARKETPLACES.join(', ')})`,
        }));
    },
  },
  {
    code: 'BA130',
    title: 'A pack for marketplacev2 also lists platform',
    check(pack) {
      const marketplaces = items(metadataRecord(pack)?.['marketplaces']).map(({ item }) => item);
      return marketplaces.includes('marketplacev2') && !marketplaces.includes('platform')
        ? [{ file: METADATA_FILE, where: 'marketplaces', message: 'marketplacev2 is listed without platform; add "platform"' }]
        : [];
    },
  },
];
