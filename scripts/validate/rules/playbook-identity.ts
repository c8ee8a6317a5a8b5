import { playbookViews } from '../playbook-model';
import { asRecord, asString } from '../read-data';
import { endsLikeSentence, sentenceEnding } from '../sentence';
import type { RuleDef } from '../types';

/** Top-level identity of a playbook and the ids of its tasks. */
export const playbookIdentityRules: RuleDef[] = [
  {
    code: 'BA100',
    title: 'Playbook version is -1',
    check: (pack) =>
      playbookViews(pack).flatMap((view) =>
        view.data['version'] === -1
          ? []
          : [{ file: view.file, where: 'version', message: `version must be -1, found ${JSON.stringify(view.data['version'] ?? null)}` }],
      ),
  },
  {
    code: 'BA101',
    title: 'Playbook id equals name',
    check: (pack) =>
      playbookViews(pack).flatMap((view) =>
        view.data['id'] === view.data['name']
          ? []
          : [
              {
                file: view.file,
                where: 'id',
                message: `id ${JSON.stringify(view.data['id'] ?? null)} must equal name ${JSON.stringify(view.data['name'] ?? null)}`,
              },
            ],
      ),
  },
  {
    code: 'DS108',
    title: 'Playbook description ends with a period',
    check: (pack) =>
      playbookViews(pack).flatMap((view) => {
        const description = asString(view.data['description']);
        return description === undefined || endsLikeSentence(description)
          ? []
          : [
              {
                file: view.file,
                where: 'description',
                message: `the playbook description should end with a period: ${sentenceEnding(description)}`,
              },
            ];
      }),
  },
  {
    code: 'PB109',
    title: 'Task id, taskid and task.id agree with the task key',
    check: (pack) =>
      playbookViews(pack).flatMap((view) =>
        [...view.tasks.values()].flatMap((task) => {
          const id = task.raw['id'];
          const taskid = task.raw['taskid'];
          const innerId = asRecord(task.raw['task'])?.['id'];
          const problems: string[] = [];
          if (id !== undefined && (typeof id === 'string' ? id : JSON.stringify(id)) !== task.key)
            problems.push(`id ${JSON.stringify(id)} differs from the task key "${task.key}"`);
          if (taskid !== undefined && innerId !== undefined && taskid !== innerId) {
            problems.push(`taskid ${JSON.stringify(taskid)} differs from task.id ${JSON.stringify(innerId)}`);
          }
          return problems.map((message) => ({ file: view.file, where: `tasks[${JSON.stringify(task.key)}]`, message }));
        }),
      ),
  },
];
