/** Parsed war-room style command line: `absolute <command> key=value ... [--flags]`. */
export interface CliArgs {
  command?: string;
  args: Record<string, string>;
  url?: string;
  tokenId?: string;
  secretKey?: string;
  insecure: boolean;
  proxy: boolean;
  json: boolean;
  help: boolean;
  /** Confirms a command that changes the tenant without asking. */
  yes: boolean;
  /** The embedded simulator starts from a fresh tenant. */
  reset: boolean;
  filesDir?: string;
}

const VALUE_FLAGS = { '--url': 'url', '--token-id': 'tokenId', '--secret-key': 'secretKey', '--files-dir': 'filesDir' } as const;

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const out: CliArgs = { args: {}, insecure: false, proxy: false, json: false, help: false, yes: false, reset: false };
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? '';
    if (Object.hasOwn(VALUE_FLAGS, word) || Object.keys(VALUE_FLAGS).some((f) => word.startsWith(`${f}=`))) {
      const [flag, inline] = word.includes('=') ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)] : [word, argv[++i]];
      if (inline === undefined) throw new Error(`${flag} needs a value`);
      out[VALUE_FLAGS[flag as keyof typeof VALUE_FLAGS]] = inline;
    } else if (word === '--insecure') out.insecure = true;
    else if (word === '--proxy') out.proxy = true;
    else if (word === '--json') out.json = true;
    else if (word === '--help' || word === '-h') out.help = true;
    else if (word === '--yes' || word === '-y') out.yes = true;
    else if (word === '--reset') out.reset = true;
    else if (word.startsWith('--')) throw new Error(`unknown option ${word} (see --help)`);
    else if (out.command === undefined) out.command = word.replace(/^!/, '');
    else {
      const eq = word.indexOf('=');
      if (eq <= 0) throw new Error(`expected key=value, got "${word}"`);
      // Defined, not assigned: `__proto__=x` must stay an argument (and be refused as unknown).
      const value = word.slice(eq + 1);
      Object.defineProperty(out.args, word.slice(0, eq), { value, enumerable: true, writable: true, configurable: true });
    }
  }
  return out;
}
