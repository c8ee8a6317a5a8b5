/** One `!command arg=value arg2="quoted value"` line of command_examples. */
export interface ExampleLine {
  line: string;
  command: string;
  args: Record<string, string>;
}

export function parseExamples(text: string): ExampleLine[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.startsWith('!'))
    .map(parseExampleLine);
}

export function parseExampleLine(line: string): ExampleLine {
  const words = tokenize(line.slice(1));
  const [command = '', ...rest] = words;
  const args: Record<string, string> = {};
  for (const word of rest) {
    const eq = word.indexOf('=');
    if (eq <= 0) throw new Error(`command_examples: expected arg=value in "${line}", got "${word}"`);
    args[word.slice(0, eq)] = word.slice(eq + 1);
  }
  return { line, command, args };
}

/** Splits on spaces outside double or single quotes; quotes are removed. */
function tokenize(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let quote: string | undefined;
  let started = false;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = undefined;
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      started = true;
    } else if (/\s/.test(ch)) {
      if (started || current) out.push(current);
      current = '';
      started = false;
    } else {
      current += ch;
    }
  }
  if (quote) throw new Error(`command_examples: unbalanced quote in "${text}"`);
  if (started || current) out.push(current);
  return out;
}
