import { integrationViews } from '../integration-model';
import type { PackContents } from '../pack-loader';
import { playbookId, playbookViews } from '../playbook-model';
import { asArray } from '../read-data';
import type { RuleDef } from '../types';

const NO_TESTS = new Set(['No tests', 'No tests (auto formatted)']);

interface TestReference {
  file: string;
  where: string;
  id: string;
}

/** Every `tests:` entry of integrations and regular playbooks. */
function testReferences(pack: PackContents): TestReference[] {
  const owners = [
    ...integrationViews(pack).map((view) => ({ file: view.file, data: view.data })),
    ...playbookViews(pack)
      .filter((view) => !view.isTest)
      .map((view) => ({ file: view.file, data: view.data })),
  ];
  return owners.flatMap(({ file, data }) =>
    asArray(data['tests']).flatMap((id, index) =>
      typeof id === 'string' && !NO_TESTS.has(id) ? [{ file, where: `tests[${index}]`, id }] : [],
    ),
  );
}

/** Links between content items and the test playbooks that exercise them. */
export const testPlaybookLinkRules: RuleDef[] = [
  {
    code: 'GR106',
    title: "Every test playbook is listed in some item's tests section",
    check(pack) {
      const referenced = new Set(testReferences(pack).map((ref) => ref.id));
      return playbookViews(pack)
        .filter((view) => view.isTest)
        .flatMap((view) => {
          const id = playbookId(view);
          return id === undefined || referenced.has(id)
            ? []
            : [
                {
                  file: view.file,
                  where: 'id',
                  message: `test playbook ${id} is not listed in the tests section of any integration or playbook`,
                },
              ];
        });
    },
  },
  {
    code: 'GR103',
    title: 'Test playbooks named in tests sections exist in the pack',
    check(pack) {
      // An unparsable test playbook hides its id; ST110 reports it, and guessing here would only add noise.
      if (pack.testPlaybooks.some((file) => file.parseError !== undefined)) return [];
      const known = new Set(
        playbookViews(pack)
          .filter((view) => view.isTest)
          .map(playbookId),
      );
      return testReferences(pack)
        .filter((ref) => !known.has(ref.id))
        .map((ref) => ({
          file: ref.file,
          where: ref.where,
          message: `tests names ${ref.id}, but no test playbook with that id exists in TestPlaybooks/`,
        }));
    },
  },
];
