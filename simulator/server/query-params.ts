/**
 * The decoded JOSE `query-string`. Parsed with standard form decoding (`+` is a space, `%XX`
 * escapes), because clients differ in how they encode (Absolute's own MCP client uses `+`).
 */
export class QueryParams {
  private readonly values = new Map<string, string[]>();

  constructor(queryString: string) {
    for (const [name, value] of new URLSearchParams(queryString)) {
      const list = this.values.get(name);
      if (list) list.push(value);
      else this.values.set(name, [value]);
    }
  }

  get(name: string): string | undefined {
    return this.values.get(name)?.[0];
  }

  getAll(name: string): readonly string[] {
    return this.values.get(name) ?? [];
  }

  has(name: string): boolean {
    return this.values.has(name);
  }

  names(): string[] {
    return [...this.values.keys()];
  }

  /** Name/value pairs in a canonical order, for hashing a query into a cursor. */
  canonical(exclude: readonly string[]): string {
    const pairs: string[] = [];
    for (const name of [...this.values.keys()].sort()) {
      if (exclude.includes(name)) continue;
      for (const value of this.values.get(name) ?? []) pairs.push(`${name}=${value}`);
    }
    return pairs.join('&');
  }
}
