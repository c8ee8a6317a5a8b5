import { pascalToSpace, tableToMarkdown } from '../../Integrations/Absolute/src/xsoar/table';

describe('tableToMarkdown (platform layout)', () => {
  test('title, sorted headers from the first row, pipe layout', () => {
    expect(
      tableToMarkdown('Results', [
        { b: 2, a: 'x' },
        { a: 'y', b: 3 },
      ]),
    ).toBe('### Results\n|a|b|\n|---|---|\n| x | 2 |\n| y | 3 |\n');
  });

  test('given headers keep their order; missing keys are empty cells', () => {
    expect(tableToMarkdown('T', [{ a: 1 }], { headers: ['b', 'a'] })).toBe('### T\n|b|a|\n|---|---|\n|  | 1 |\n');
  });

  test('empty data says No entries', () => {
    expect(tableToMarkdown('T', [])).toBe('### T\n**No entries.**\n');
    expect(tableToMarkdown('T', null)).toBe('### T\n**No entries.**\n');
  });

  test('removeNull drops columns empty in every row', () => {
    expect(
      tableToMarkdown(
        '',
        [
          { a: 1, b: null, c: [] },
          { a: 2, b: '', c: {} },
        ],
        { removeNull: true },
      ),
    ).toBe('|a|\n|---|\n| 1 |\n| 2 |\n');
  });

  test('cells: pipes and backticks escaped, newlines to <br>, lists joined, objects flattened, booleans as JSON', () => {
    const md = tableToMarkdown('', [{ a: 'x|y`z\nw', b: ['p', 'q'], c: { k: 'v', n: 1 }, d: false }]);
    expect(md).toContain('| x\\|y\\`z<br>w | p,<br>q | k: v<br>n: 1 | false |');
  });

  test('a single object is one row; headerTransform relabels', () => {
    expect(tableToMarkdown('', { deviceName: 'L' }, { headerTransform: pascalToSpace })).toBe('|Device Name|\n|---|\n| L |\n');
  });
});
