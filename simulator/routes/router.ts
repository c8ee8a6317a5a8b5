import type { LogicalMethod } from '../jws/verify-jws';
import type { RouteDefinition } from './route-types';

export type RouteMatch =
  | { kind: 'found'; route: RouteDefinition; params: Record<string, string> }
  | { kind: 'wrong-method'; allowed: LogicalMethod[] }
  | { kind: 'not-found' };

interface CompiledRoute {
  route: RouteDefinition;
  segments: readonly string[];
}

/** Matches `method` + `uri` against path templates; literal segments win over `{params}`. */
export class Router {
  private readonly compiled: CompiledRoute[];

  constructor(routes: readonly RouteDefinition[]) {
    this.compiled = routes.map((route) => ({ route, segments: route.path.split('/').filter(Boolean) }));
    // Literal-first ordering makes `/get-actions` beat `/get-actions/{requestUid}`-style ambiguity.
    this.compiled.sort((a, b) => literalCount(b.segments) - literalCount(a.segments));
  }

  match(method: LogicalMethod, uri: string): RouteMatch {
    const segments = uri.split('/').filter(Boolean);
    const allowed: LogicalMethod[] = [];
    for (const candidate of this.compiled) {
      const params = matchSegments(candidate.segments, segments);
      if (!params) continue;
      if (candidate.route.method === method) return { kind: 'found', route: candidate.route, params };
      allowed.push(candidate.route.method);
    }
    return allowed.length > 0 ? { kind: 'wrong-method', allowed } : { kind: 'not-found' };
  }

  routes(): RouteDefinition[] {
    return this.compiled.map((c) => c.route);
  }
}

function matchSegments(template: readonly string[], actual: readonly string[]): Record<string, string> | undefined {
  if (template.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const expected = template[i] ?? '';
    const value = actual[i] ?? '';
    if (expected.startsWith('{') && expected.endsWith('}')) {
      let decoded: string;
      try {
        decoded = decodeURIComponent(value);
      } catch {
        return undefined;
      }
      params[expected.slice(1, -1)] = decoded;
    } else if (expected !== value) {
      return undefined;
    }
  }
  return params;
}

function literalCount(segments: readonly string[]): number {
  return segments.filter((s) => !s.startsWith('{')).length;
}
