import { integrationViews } from '../integration-model';
import { asString } from '../read-data';
import { endsLikeSentence, sentenceEnding } from '../sentence';
import type { Issue, RuleDef } from '../types';

/** DS108: integration, command, argument and output descriptions end like sentences. */
export const integrationDescriptionRules: RuleDef[] = [
  {
    code: 'DS108',
    title: 'Integration, command, argument and output descriptions end with a period',
    check: (pack) =>
      integrationViews(pack).flatMap((view) => {
        const issues: Issue[] = [];
        const expect = (value: unknown, where: string, what: string) => {
          const text = asString(value);
          if (text !== undefined && !endsLikeSentence(text)) {
            issues.push({ file: view.file, where, message: `${what} description should end with a period: ${sentenceEnding(text)}` });
          }
        };
        expect(view.data['description'], 'description', 'the integration');
        for (const command of view.commands) {
          const where = `script.commands[${command.index}]`;
          const name = asString(command.raw['name']) ?? `#${command.index}`;
          expect(command.raw['description'], `${where}.description`, `command ${name}`);
          for (const arg of command.args) {
            const argName = asString(arg.raw['name']) ?? arg.index;
            expect(arg.raw['description'], `${where}.arguments[${arg.index}].description`, `argument ${argName} of ${name}`);
          }
          for (const output of command.outputs) {
            const path = asString(output.raw['contextPath']) ?? output.index;
            expect(output.raw['description'], `${where}.outputs[${output.index}].description`, `output ${path} of ${name}`);
          }
        }
        return issues;
      }),
  },
];
