import { createInterface } from 'node:readline';

/**
 * Asks one question and resolves with the line typed ('' when input ends first). The question goes
 * to `output` (stderr), so stdout keeps only results. Line mode, not raw mode: Ctrl-C stays a
 * signal, which the runtime handles like any interruption.
 */
export function askLine(question: string, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<string> {
  return new Promise((resolve) => {
    const reader = createInterface({ input, output, terminal: false });
    let answered = false;
    reader.once('close', () => {
      if (!answered) resolve('');
    });
    output.write(question);
    reader.once('line', (line) => {
      answered = true;
      reader.close();
      resolve(line);
    });
  });
}
