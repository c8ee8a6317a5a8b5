import { playbookViews } from '../playbook-model';
import { asRecord, asString } from '../read-data';
import type { RuleDef } from '../types';

/**
 * PB105: a regular playbook must not wipe the whole context (it may run as a sub-playbook and would
 * erase its parent's data). Test playbooks are exempt: they start with exactly that cleanup.
 */
export const playbookDeleteContextRules: RuleDef[] = [
  {
    code: 'PB105',
    title: 'Regular playbooks do not run DeleteContext with all=yes',
    check: (pack) =>
      playbookViews(pack)
        .filter((view) => !view.isTest)
        .flatMap((view) =>
          [...view.tasks.values()].flatMap((task) => {
            const script = asString(asRecord(task.raw['task'])?.['scriptName']);
            const all = asString(asRecord(asRecord(task.raw['scriptarguments'])?.['all'])?.['simple']);
            return script === 'DeleteContext' && all?.toLowerCase() === 'yes'
              ? [
                  {
                    file: view.file,
                    where: `tasks[${JSON.stringify(task.key)}]`,
                    message: 'DeleteContext with all=yes is not allowed in a regular playbook',
                  },
                ]
              : [];
          }),
        ),
  },
];
