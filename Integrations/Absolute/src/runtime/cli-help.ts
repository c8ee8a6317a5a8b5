import { CATALOG, nearestCommands, type CatalogArgument, type CatalogCommand } from './command-catalog';
import { EXIT_CODES_TEXT } from './exit-codes';

const WIDTH = 100;

export const USAGE = `Usage: absolute <command> [arg=value ...] [options]
       absolute help [<command>]      the commands, or one command's arguments and outputs
       absolute simulator reset       the embedded simulator forgets what it remembers

Runs one Absolute command as the War Room would: its markdown on stdout, a failure on stderr.

Options:
  --json              print the runner's JSON output (entries, lastRun) instead of markdown
  --yes               run a command that changes the tenant without asking (required without a terminal)
  --url URL           the Absolute console or API URL (else ABSOLUTE_URL)
  --files-dir DIR     where exports are written (else ABSOLUTE_FILES_DIR, else ./absolute-exports)
  --reset             start the embedded simulator from a fresh tenant
  --insecure          trust any certificate;  --proxy  use HTTPS_PROXY / HTTP_PROXY / NO_PROXY
  --token-id, --secret-key   exist, but put the secret in your shell history: prefer the environment
  -h, --help          this text; absolute <command> --help explains one command

Credentials come from the environment: ABSOLUTE_URL, ABSOLUTE_TOKEN_ID, ABSOLUTE_SECRET_KEY.
With no ABSOLUTE_URL and no --url, an embedded Absolute simulator answers with its demo token and
remembers what you did between calls (ABSOLUTE_SIMULATOR_STATE_DIR, else ~/.local/state/absolute-pack).

${EXIT_CODES_TEXT}

Example: absolute absolute-device-get device_names=LAPTOP-7`;

/** The usage and every command with its one-line description. */
export function generalHelp(): string {
  const width = Math.max(...CATALOG.map((c) => c.name.length)) + 2;
  const lines = CATALOG.map((c) => `  ${c.execution ? '*' : ' '} ${c.name.padEnd(width)}${c.summary}`);
  return `${USAGE}\n\nCommands (* changes the tenant: shows what it will act on and asks first):\n${lines.join('\n')}\n`;
}

/** One command: its description, arguments (required, default, choices) and context outputs. */
export function commandHelp(command: CatalogCommand): string {
  const args = command.arguments.filter((a) => !a.hidden);
  const synopsis = args.map((a) => (a.required ? `${a.name}=<value>` : `[${a.name}=...]`)).join(' ');
  const parts = [`${command.name}\n${wrap(command.description, '  ')}`];
  if (command.execution) {
    parts.push(
      'This command changes the tenant: the command line shows what it will act on and asks y/N first;\n' +
        'without a terminal it refuses unless --yes is given.',
    );
  }
  parts.push(`Usage: absolute ${command.name}${synopsis ? ` ${synopsis}` : ''} [options]`);
  parts.push(args.length === 0 ? 'Arguments: none.' : `Arguments:\n${args.map(describeArgument).join('\n')}`);
  if (command.outputs.length > 0) {
    const outputs = command.outputs.map((o) => `  ${o.contextPath}${o.type ? ` (${o.type})` : ''}\n${wrap(o.description, '      ')}`);
    parts.push(`Context outputs:\n${outputs.join('\n')}`);
  }
  return `${parts.join('\n\n')}\n`;
}

function describeArgument(a: CatalogArgument): string {
  const traits = [a.isArray ? 'comma-separated list' : '', a.required ? 'required' : '', a.secret ? 'secret' : ''].filter(Boolean);
  const facts = [
    a.defaultValue !== undefined ? `Default: ${a.defaultValue}.` : '',
    a.predefined ? `One of: ${a.predefined.join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const head = `  ${a.name}${traits.length > 0 ? ` (${traits.join(', ')})` : ''}`;
  return `${head}\n${wrap(`${a.description}${facts ? ` ${facts}` : ''}`, '      ')}`;
}

/** The message for a command name the manifest does not have, with the nearest names. */
export function unknownCommandText(name: string): string {
  const nearest = nearestCommands(name);
  const hint = nearest.length > 0 ? ` Did you mean ${nearest.join(', ')}?` : '';
  return `${name} is not an existing Absolute command.${hint} (absolute help lists them all.)`;
}

function wrap(text: string, indent: string): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && indent.length + line.length + 1 + word.length > WIDTH) {
        out.push(indent + line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) out.push(indent + line);
  }
  return out.join('\n');
}
