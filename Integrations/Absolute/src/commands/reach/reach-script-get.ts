import { downloadReachScript, getReachScript, type ApiReachScript } from '../../absolute/api/reach';
import { unlessNotFound } from '../../absolute/api/not-found';
import type { AbsoluteClient } from '../../absolute/client';
import { arg } from '../../xsoar/args';
import type { CommandResults } from '../../xsoar/entry';
import { defineCommand } from '../command';
import { ExportFile } from '../export/export-file';
import { str, UUID_PATTERN } from '../shared';
import { SCRIPT_UID_HINT } from './reach-args';
import { scriptContext, scriptsTable } from './reach-script-view';

/** One Reach script, and on request its content (the ZIP Absolute serves) as a file entry. */
export const reachScriptGetCommand = defineCommand({
  name: 'absolute-reach-script-get',
  args: {
    script_uid: arg.string({ required: true, pattern: UUID_PATTERN, patternHint: SCRIPT_UID_HINT }),
    include_content: arg.boolean({ defaultValue: false }),
  },
  async run({ client, filesDir }, args) {
    const scriptUid = args.script_uid ?? '';
    const script = await unlessNotFound(getReachScript(client, scriptUid));
    if (!script) return { readable: `No Reach script with UID ${scriptUid} was found.`, raw: {} };
    const details: CommandResults = {
      readable: scriptsTable(`Reach Script ${str(script.scriptName) ?? scriptUid}:`, [script]),
      raw: script,
      outputs: [{ prefix: 'Absolute.ReachScript', keyField: 'ScriptUID', value: [scriptContext(script)] }],
    };
    if (!args.include_content) return details;
    return [details, await contentEntry(client, filesDir, scriptUid, script)];
  },
});

async function contentEntry(client: AbsoluteClient, filesDir: string, scriptUid: string, script: ApiReachScript): Promise<CommandResults> {
  const download = await downloadReachScript(client, scriptUid);
  const file = await ExportFile.create(filesDir, `${safeStem(str(script.scriptName) ?? scriptUid)}.zip`);
  try {
    await file.writeBytes(download.bytes);
    await file.finish();
  } catch (error) {
    await file.abandon();
    throw error;
  }
  return {
    readable: `The content of Reach script ${str(script.scriptName) ?? scriptUid} (${download.bytes.length} bytes, ZIP).`,
    file: { name: file.name, id: file.path },
  };
}

/** Script names are free text; the file takes only the characters that are safe everywhere. */
function safeStem(name: string): string {
  const stem = name
    .replace(/[^A-Za-z0-9 _.-]+/g, '_')
    .replace(/^[.\s]+/, '')
    .trim()
    .slice(0, 100);
  return stem === '' ? 'reach-script' : stem;
}
