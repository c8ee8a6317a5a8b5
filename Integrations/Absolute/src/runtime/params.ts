import { z } from 'zod';

/** Instance parameters as the platform sends them (type 8 booleans may arrive as strings). */
const flag = z.union([z.boolean(), z.literal(''), z.stringbool(), z.null()]).optional().transform((v) => v === true);
const positive = (fallback: number) =>
  z.union([z.number(), z.string(), z.null()]).optional().transform((v, ctx) => {
    if (v === undefined || v === null || v === '') return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) {
      ctx.addIssue({ code: 'custom', message: `must be a positive number (got ${JSON.stringify(v)})` });
      return z.NEVER;
    }
    return n;
  });

export const paramsSchema = z.object({
  url: z.string({ error: 'is required: the Absolute console or API URL' }).trim().min(1, 'is required: the Absolute console or API URL'),
  credentials: z.object(
    {
      identifier: z.string({ error: 'the Token ID (credentials identifier) is required' }).trim().min(1, 'the Token ID (credentials identifier) is required'),
      password: z.string({ error: 'the Secret Key (credentials password) is required' }).min(1, 'the Secret Key (credentials password) is required'),
    },
    { error: 'is required: Token ID as identifier, Secret Key as password' },
  ),
  insecure: flag,
  proxy: flag,
  /** Client-side request rate, shared by everything one command does. */
  max_requests_per_second: positive(20),
  /** Every command finishes or fails within this many seconds (the platform kills at 300). */
  command_timeout_seconds: positive(240),
  isFetchEvents: flag,
  max_events_per_fetch: positive(10_000),
});

export type IntegrationParams = z.output<typeof paramsSchema>;

export class ParamsError extends Error {}

export function parseParams(raw: unknown): IntegrationParams {
  const result = paramsSchema.safeParse(raw ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.join('.') || 'params';
  throw new ParamsError(`Invalid instance parameter "${path}": ${issue?.message ?? 'invalid'}`);
}
