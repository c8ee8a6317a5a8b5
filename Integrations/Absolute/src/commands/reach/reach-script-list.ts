import { listReachScripts, SCRIPT_TYPES } from '../../absolute/api/reach';
import { arg } from '../../xsoar/args';
import { defineCommand } from '../command';
import { describeArgs } from '../shared';
import { scriptContext, scriptsTable } from './reach-script-view';

/** The scripts of the Reach Library, which are the only scripts a Run Script request can use. */
export const reachScriptListCommand = defineCommand({
  name: 'absolute-reach-script-list',
  args: {
    name_contains: arg.string({ maxLength: 255 }),
    script_type: arg.choice(SCRIPT_TYPES),
    limit: arg.number({ defaultValue: 50, min: 1, max: 10_000 }),
  },
  async run({ client }, args) {
    const scripts = await listReachScripts(client, { scriptNameContains: args.name_contains, scriptType: args.script_type }, args.limit);
    if (scripts.length === 0)
      return {
        readable: `No Reach scripts found for ${describeArgs({ name_contains: args.name_contains, script_type: args.script_type })}.`,
        raw: [],
      };
    return {
      readable: scriptsTable('Reach Scripts:', scripts),
      raw: scripts,
      outputs: [{ prefix: 'Absolute.ReachScript', keyField: 'ScriptUID', value: scripts.map(scriptContext) }],
    };
  },
});
