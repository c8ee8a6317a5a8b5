import fc from 'fast-check';
import { decorate } from '../../../Integrations/Absolute/src/commands/events/collect-events';
import { parseObjectProperties, type PropertyChange } from '../../../Integrations/Absolute/src/commands/events/object-properties';
import { fuzzParams } from '../../fuzz/support/fuzz-config';

/**
 * `objectProperties` is split only where a key starts (`;PropertyName[n]=`, `;OldValue[n]=`,
 * `;NewValue[n]=`), so values keep their own `;`, `=` and brackets.
 */
const BROWSER_AGENT = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';

test('a BrowserAgent keeps every part after its semicolons', () => {
  const agent = `PropertyName[0]=BrowserAgent;OldValue[0]=;NewValue[0]=${BROWSER_AGENT}`;
  const text = `${agent};PropertyName[1]=IpAddress;OldValue[1]=10.0.0.1;NewValue[1]=10.0.0.2;`;
  expect(parseObjectProperties(text)).toEqual([
    { property: 'BrowserAgent', oldValue: '', newValue: BROWSER_AGENT },
    { property: 'IpAddress', oldValue: '10.0.0.1', newValue: '10.0.0.2' },
  ]);
});

test('an event collected for XSIAM carries the whole value in objectPropertyChanges', () => {
  const event = decorate({
    id: 'e1',
    createdDateTimeUtc: '2026-05-04T08:59:30.000Z',
    objectProperties: `PropertyName[0]=BrowserAgent;OldValue[0]=a=b;NewValue[0]=${BROWSER_AGENT}`,
  });
  expect(event['objectPropertyChanges']).toEqual([{ property: 'BrowserAgent', oldValue: 'a=b', newValue: BROWSER_AGENT }]);
});

/** What breaks a naive split: separators, brackets and look-alike keys, plus ordinary text. */
const PIECES = [
  ';',
  '=',
  '[',
  ']',
  '[0]',
  ';x=1',
  'PropertyName',
  'OldValue[',
  'NewValue[1]',
  '=;',
  ' ',
  'a',
  'Z',
  '7',
  '(',
  ')',
  'é',
  '/',
  BROWSER_AGENT,
];
/** A value may hold anything but a real key boundary (which nobody could tell from a key). */
const BOUNDARY = /;(PropertyName|OldValue|NewValue)\[\d+\]=/;
const value = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 8 })
  .map((parts) => parts.join(''))
  .filter((v) => !BOUNDARY.test(v));
const change = fc.record({ property: value.filter((v) => v !== ''), oldValue: value, newValue: value });

/** Absolute's format: the triples joined by `;`, optionally closed by one more `;`. */
function format(changes: readonly Required<PropertyChange>[], closed: boolean): string {
  const text = changes
    .map((c, i) => `PropertyName[${i}]=${c.property};OldValue[${i}]=${c.oldValue};NewValue[${i}]=${c.newValue}`)
    .join(';');
  return closed ? `${text};` : text;
}

test('every list of changes survives formatting and parsing, whatever its values hold', () => {
  fc.assert(
    fc.property(fc.array(change, { minLength: 1, maxLength: 5 }), fc.boolean(), (changes, closed) => {
      // Without the closing `;`, a last value ending in `;` cannot be told from a closed text.
      fc.pre(closed || !changes.at(-1)?.newValue.endsWith(';'));
      expect(parseObjectProperties(format(changes, closed))).toEqual(changes);
    }),
    fuzzParams(),
  );
});

test('triples may come in any order; the changes come back in index order', () => {
  fc.assert(
    fc.property(
      fc.array(change, { minLength: 1, maxLength: 5 }).chain((changes) =>
        fc.tuple(
          fc.constant(changes),
          fc.shuffledSubarray(
            changes.flatMap((_c, i) => [`p${i}`, `o${i}`, `n${i}`]),
            { minLength: changes.length * 3 },
          ),
        ),
      ),
      ([changes, order]) => {
        const key = { p: 'PropertyName', o: 'OldValue', n: 'NewValue' } as const;
        const field = { p: 'property', o: 'oldValue', n: 'newValue' } as const;
        const text = `${order
          .map((token) => {
            const kind = token[0] as 'p' | 'o' | 'n';
            const i = Number(token.slice(1));
            return `${key[kind]}[${i}]=${changes[i]?.[field[kind]]}`;
          })
          .join(';')};`;
        expect(parseObjectProperties(text)).toEqual(changes);
      },
    ),
    fuzzParams(),
  );
});
