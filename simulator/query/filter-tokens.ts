import { invalidFilter } from '../server/api-error';

export type FilterToken = { type: 'word' | 'string' | 'number' | 'lparen' | 'rparen' | 'comma'; text: string };

/**
 * Splits a filter expression into words (field paths such as `operatingSystem.name`, operators,
 * keywords), single-quoted strings (a quote inside is written twice), numbers, parentheses and
 * commas. Anything else is the real API's generic invalid-filter 400.
 */
export function tokenizeFilter(source: string, param = 'filter'): FilterToken[] {
  const tokens: FilterToken[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i] ?? '';
    if (/\s/.test(char)) {
      i++;
    } else if (char === '(' || char === ')' || char === ',') {
      tokens.push({ type: char === '(' ? 'lparen' : char === ')' ? 'rparen' : 'comma', text: char });
      i++;
    } else if (char === "'") {
      const end = readQuoted(source, i + 1, param);
      tokens.push({ type: 'string', text: end.text });
      i = end.next;
    } else {
      const match = /^(-?\d+(?:\.\d+)?(?![A-Za-z_])|[A-Za-z_][A-Za-z0-9_.]*)/.exec(source.slice(i));
      if (!match?.[0]) throw invalidFilter(param);
      tokens.push({ type: /^-?\d/.test(match[0]) ? 'number' : 'word', text: match[0] });
      i += match[0].length;
    }
  }
  return tokens;
}

function readQuoted(source: string, start: number, param: string): { text: string; next: number } {
  let text = '';
  let i = start;
  for (;;) {
    if (i >= source.length) throw invalidFilter(param);
    if (source[i] === "'") {
      if (source[i + 1] !== "'") return { text, next: i + 1 };
      text += "'";
      i += 2;
      continue;
    }
    text += source[i];
    i++;
  }
}
