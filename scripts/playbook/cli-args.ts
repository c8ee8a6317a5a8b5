export interface PlaybookCliArgs {
  file?: string;
  inputs: Record<string, string>;
  json: boolean;
  playbooksDir?: string;
  filesDir?: string;
  help: boolean;
}

export const USAGE = `Usage: npm run playbook -- <playbook.yml> [--input name=value ...] [--json] [--playbooks-dir DIR] [--files-dir DIR]

Runs an XSOAR playbook locally against the Absolute integration and prints a transcript.
Connection: ABSOLUTE_URL, ABSOLUTE_TOKEN_ID and ABSOLUTE_SECRET_KEY from the environment;
without ABSOLUTE_URL the embedded Absolute simulator is started in-process.
  --input name=value   set a playbook input (repeatable; overrides the input's default)
  --json               print the final context as JSON on stdout (the transcript goes to stderr)
  --playbooks-dir DIR  where sub-playbooks are found by name (default: Playbooks)
  --files-dir DIR      where commands write files, e.g. exports (default: ABSOLUTE_FILES_DIR,
                       else a new temporary folder)
Exit status: 0 passed, 1 a task failed or an error-path task was reached, 2 bad usage or a
playbook the runner cannot execute.`;

export function parsePlaybookCliArgs(argv: readonly string[]): PlaybookCliArgs {
  const out: PlaybookCliArgs = { inputs: {}, json: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string;
    const [flag, inline] =
      word.startsWith('--') && word.includes('=')
        ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]
        : [word, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--help' || flag === '-h') out.help = true;
    else if (flag === '--json') out.json = true;
    else if (flag === '--playbooks-dir') out.playbooksDir = value();
    else if (flag === '--files-dir') out.filesDir = value();
    else if (flag === '--input') {
      const pair = value();
      const eq = pair.indexOf('=');
      if (eq <= 0) throw new Error(`--input expects name=value (got "${pair}")`);
      out.inputs[pair.slice(0, eq).trim()] = pair.slice(eq + 1);
    } else if (flag.startsWith('-')) throw new Error(`unknown option ${flag}`);
    else if (out.file) throw new Error(`only one playbook file can be given (got "${out.file}" and "${word}")`);
    else out.file = word;
  }
  return out;
}
