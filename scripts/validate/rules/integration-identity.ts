import { integrationViews } from '../integration-model';
import { asRecord, asString, hasKey } from '../read-data';
import type { RuleDef } from '../types';

const NO_TESTS = new Set(['No tests', 'No tests (auto formatted)']);

/** Identity fields of an integration manifest: version, id/name, tests section, category. */
export const integrationIdentityRules: RuleDef[] = [
  {
    code: 'BA100',
    title: 'Integration commonfields.version is -1',
    check: (pack) =>
      integrationViews(pack).flatMap((view) => {
        const version = asRecord(view.data['commonfields'])?.['version'];
        return version === -1
          ? []
          : [{ file: view.file, where: 'commonfields.version', message: `version must be -1, found ${JSON.stringify(version ?? null)}` }];
      }),
  },
  {
    code: 'BA101',
    title: 'Integration commonfields.id equals name',
    check: (pack) =>
      integrationViews(pack).flatMap((view) => {
        const id = asRecord(view.data['commonfields'])?.['id'];
        const name = view.data['name'];
        return id === name
          ? []
          : [
              {
                file: view.file,
                where: 'commonfields.id',
                message: `id ${JSON.stringify(id ?? null)} must equal name ${JSON.stringify(name ?? null)}`,
              },
            ];
      }),
  },
  {
    code: 'BA103',
    title: 'Integration has a tests section (test playbook ids or "No tests")',
    check: (pack) =>
      integrationViews(pack).flatMap((view) => {
        const tests = view.data['tests'];
        if (!hasKey(view.data, 'tests') || tests === null) {
          return [{ file: view.file, where: 'tests', message: 'tests section is missing; list the test playbook ids or "No tests"' }];
        }
        const malformed = Array.isArray(tests) ? tests.length === 0 : !(typeof tests === 'string' && NO_TESTS.has(tests));
        return malformed
          ? [{ file: view.file, where: 'tests', message: 'tests must be a non-empty list of test playbook ids, or "No tests"' }]
          : [];
      }),
  },
  {
    code: 'IN104',
    title: 'Integration category is an approved category',
    check: (pack, context) =>
      integrationViews(pack).flatMap((view) => {
        const category = asString(view.data['category']);
        return category === undefined || context.approved.categories.includes(category)
          ? []
          : [
              {
                file: view.file,
                where: 'category',
                message: `category "${category}" is not in the approved list (${context.approved.categories.join(', ')})`,
              },
            ];
      }),
  },
];
