/** A strict RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF record ends. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && field === '') {
      const end = closingQuote(text, i + 1);
      field = text.slice(i + 1, end).replace(/""/g, '"');
      i = end + 1;
      if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
      continue;
    }
    if (ch === ',') {
      record.push(field);
      field = '';
      i += 1;
    } else if (ch === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else if (ch === '\n' || ch === '"') {
      throw new Error(`unquoted ${JSON.stringify(ch)} at ${i}`);
    } else {
      field += ch;
      i += 1;
    }
  }
  if (field !== '' || record.length > 0) throw new Error('the last record does not end with CRLF');
  return records;
}

function closingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') i += 1;
    else return i;
  }
  throw new Error('unterminated quoted field');
}
