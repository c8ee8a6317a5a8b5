import { integrationViews, type CommandView, type IntegrationView } from '../integration-model';
import type { PackContents } from '../pack-loader';
import { asString, hasKey } from '../read-data';
import type { Issue, RuleDef } from '../types';

const OUTPUT_TYPES = ['String', 'Number', 'Date', 'Boolean', 'Unknown'];
const MAX_CONTEXT_DEPTH = 5;

type CommandVisitor = (command: CommandView, where: string, name: string) => { where: string; message: string }[];

/** Runs `visit` on every command of every manifest; `where` is the command's path in the file. */
function eachCommand(pack: PackContents, visit: CommandVisitor): Issue[] {
  return integrationViews(pack).flatMap((view: IntegrationView) =>
    view.commands.flatMap((command) => {
      const name = asString(command.raw['name']) ?? `#${command.index}`;
      return visit(command, `script.commands[${command.index}]`, name).map((issue) => ({ file: view.file, ...issue }));
    }),
  );
}

/** Command, argument and output conventions from demisto-sdk's IN/BA validators. */
export const integrationCommandRules: RuleDef[] = [
  {
    code: 'BA128',
    title: 'Command names do not start with a digit and contain no spaces or symbols',
    check: (pack) =>
      eachCommand(pack, (command, where) => {
        const name = asString(command.raw['name']);
        if (name === undefined || (/^[^0-9]/.test(name) && /^[A-Za-z0-9_-]+$/.test(name))) return [];
        const message = `command name "${name}" must not start with a digit and may only use letters, digits, '-' and '_'`;
        return [{ where: `${where}.name`, message }];
      }),
  },
  {
    code: 'IN151',
    title: 'A command with no arguments says `arguments: []`, not null',
    check: (pack) =>
      eachCommand(pack, (command, where, name) =>
        hasKey(command.raw, 'arguments') && command.raw['arguments'] === null
          ? [{ where: `${where}.arguments`, message: `command ${name} has arguments: null; write arguments: [] instead` }]
          : [],
      ),
  },
  {
    code: 'IN113',
    title: 'Argument names are unique within a command',
    check: (pack) =>
      eachCommand(pack, (command, where, name) => {
        const seen = new Set<string>();
        return command.args.flatMap((arg) => {
          const argName = asString(arg.raw['name']);
          if (argName === undefined) return [];
          if (!seen.has(argName)) {
            seen.add(argName);
            return [];
          }
          return [{ where: `${where}.arguments[${arg.index}].name`, message: `argument ${argName} is declared twice in command ${name}` }];
        });
      }),
  },
  {
    code: 'IN134',
    title: 'At most one default argument per command',
    check: (pack) =>
      eachCommand(pack, (command, where, name) => {
        const defaults = command.args.filter((arg) => arg.raw['default'] === true);
        if (defaults.length <= 1) return [];
        const names = defaults.map((arg) => asString(arg.raw['name']) ?? `#${arg.index}`).join(', ');
        return [
          {
            where: `${where}.arguments`,
            message: `command ${name} marks ${defaults.length} arguments as default (${names}); at most one may be`,
          },
        ];
      }),
  },
  {
    code: 'IN115',
    title: 'Every output declares a contextPath',
    check: (pack) =>
      eachCommand(pack, (command, where, name) =>
        command.outputs
          .filter((output) => !asString(output.raw['contextPath'])?.trim())
          .map((output) => ({ where: `${where}.outputs[${output.index}]`, message: `an output of command ${name} has no contextPath` })),
      ),
  },
  {
    code: 'BA127',
    title: `Context paths are at most ${MAX_CONTEXT_DEPTH} levels deep`,
    check: (pack) =>
      eachCommand(pack, (command, where) =>
        command.outputs.flatMap((output) => {
          const path = asString(output.raw['contextPath']);
          const depth = path?.split('.').length ?? 0;
          if (path === undefined || depth <= MAX_CONTEXT_DEPTH) return [];
          const message = `context path ${path} is ${depth} levels deep; the limit is ${MAX_CONTEXT_DEPTH}`;
          return [{ where: `${where}.outputs[${output.index}].contextPath`, message }];
        }),
      ),
  },
  {
    // json-to-outputs and generate-docs only know these types; the schema itself does not restrict them.
    code: 'PK100',
    title: `Output types are one of ${OUTPUT_TYPES.join('/')}`,
    check: (pack) =>
      eachCommand(pack, (command, where) =>
        command.outputs.flatMap((output) => {
          const type = output.raw['type'];
          if (typeof type === 'string' && OUTPUT_TYPES.includes(type)) return [];
          const path = asString(output.raw['contextPath']) ?? `#${output.index}`;
          const message = `output ${path} has type ${JSON.stringify(type ?? null)}; use one of ${OUTPUT_TYPES.join(', ')}`;
          return [{ where: `${where}.outputs[${output.index}].type`, message }];
        }),
      ),
  },
];
