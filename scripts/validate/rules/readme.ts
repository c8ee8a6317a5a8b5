import type { RuleDef } from '../types';

// demisto-sdk's RM117 threshold: a README this short should move into the pack description.
const MINIMUM_README_LENGTH = 30;

/** The pack README shown on the Marketplace details tab. */
export const readmeRules: RuleDef[] = [
  {
    code: 'RM109',
    title: 'The pack has a README.md',
    check: (pack) => (pack.readme ? [] : [{ file: 'README.md', message: 'the pack has no README.md' }]),
  },
  {
    code: 'RM104',
    title: 'The README is not empty',
    check: (pack) => (pack.readme && pack.readme.text.trim() === '' ? [{ file: pack.readme.file, message: 'the README is empty' }] : []),
  },
  {
    code: 'RM117',
    title: `The README is longer than ${MINIMUM_README_LENGTH} characters`,
    check(pack) {
      const length = pack.readme?.text.trim().length ?? 0;
      return pack.readme && length >= 1 && length <= MINIMUM_README_LENGTH
        ? [{ file: pack.readme.file, message: `the README is only ${length} characters; describe what the pack does and how to start` }]
        : [];
    },
  },
  {
    code: 'RM107',
    title: 'The README has no %%FILL HERE%% template leftovers',
    check: (pack) =>
      (pack.readme?.text.split(/\r?\n/) ?? []).flatMap((line, index) =>
        line.includes('%%FILL HERE%%')
          ? [{ file: 'README.md', where: `line ${index + 1}`, message: 'replace the %%FILL HERE%% placeholder' }]
          : [],
      ),
  },
];
