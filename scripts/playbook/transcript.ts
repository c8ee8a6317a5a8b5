/** The readable record of a run: one block per task, nested blocks for sub-playbooks. */
export class Transcript {
  constructor(
    readonly lines: string[] = [],
    private readonly sink?: (line: string) => void,
    private readonly indent = '',
  ) {}

  write(line: string): void {
    const text = `${this.indent}${line}`;
    this.lines.push(text);
    this.sink?.(text);
  }

  /** Same record, indented: for a sub-playbook's tasks. */
  nested(): Transcript {
    return new Transcript(this.lines, this.sink, `${this.indent}    `);
  }
}

/** Arguments whose values must not reach a terminal or a CI log. */
const SECRET_ARG = /pass(code|word)?$|secret|token|pwd/i;
const MAX_VALUE = 100;

export function formatArgs(args: Readonly<Record<string, unknown>>): string {
  const parts = Object.entries(args)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${SECRET_ARG.test(k) && !/type|length/i.test(k) ? '****' : formatValue(v)}`);
  return parts.length ? parts.join(' ') : '(none)';
}

function formatValue(value: unknown): string {
  let text = typeof value === 'string' ? (/[\s"]/.test(value) || value === '' ? JSON.stringify(value) : value) : JSON.stringify(value);
  if (text.length > MAX_VALUE) text = `${text.slice(0, MAX_VALUE - 3)}...`;
  return text;
}

/** The first non-empty line of a War Room text, shortened. */
export function firstLine(text: string | undefined): string {
  const line =
    (text ?? '')
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '') ?? '';
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}
