import { validateAgainstSchema } from '../kwalify';
import type { Issue, RuleDef } from '../types';

/** ST110 for playbooks and test playbooks: YAML syntax, then demisto-sdk's playbook.yml schema. */
export const playbookSchemaRules: RuleDef[] = [
  {
    code: 'ST110',
    title: 'Playbook YAML matches the demisto-sdk playbook schema',
    check(pack, context) {
      const issues: Issue[] = [];
      for (const playbook of [...pack.playbooks, ...pack.testPlaybooks]) {
        if (playbook.parseError !== undefined) {
          issues.push({ file: playbook.file, message: `not valid YAML: ${playbook.parseError}` });
          continue;
        }
        for (const error of validateAgainstSchema(playbook.data, context.schemas.playbook)) {
          issues.push({ file: playbook.file, where: error.where, message: error.message });
        }
      }
      return issues;
    },
  },
];
