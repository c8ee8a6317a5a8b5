import { z } from 'zod';

/**
 * The parts of a platform playbook YAML the local runner reads. Objects are loose on purpose: the
 * platform format carries many presentation keys (view, quietmode, ...) that do not affect execution;
 * constructs that DO affect execution but are not supported are rejected by support-check.ts.
 */

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export interface TransformerSpec {
  operator: string;
  args?: Record<string, OperandSpec | null> | null;
}

export interface ComplexValue {
  root: string;
  accessor?: string | null;
  filters?: ConditionClause[][] | null;
  transformers?: TransformerSpec[] | null;
}

export interface ArgValue {
  simple?: string | number | boolean | null;
  complex?: ComplexValue | null;
}

export interface OperandSpec {
  value?: ArgValue | null;
  iscontext?: boolean | null;
}

export interface ConditionClause {
  operator: string;
  left: OperandSpec;
  right?: OperandSpec | null;
  ignorecase?: boolean | null;
}

const operandSchema: z.ZodType<OperandSpec> = z.lazy(() =>
  z.looseObject({ value: argValueSchema.nullish(), iscontext: z.boolean().nullish() }),
);

const clauseSchema: z.ZodType<ConditionClause> = z.lazy(() =>
  z.looseObject({ operator: z.string(), left: operandSchema, right: operandSchema.nullish(), ignorecase: z.boolean().nullish() }),
);

const transformerSchema: z.ZodType<TransformerSpec> = z.looseObject({
  operator: z.string(),
  args: z.record(z.string(), operandSchema.nullable()).nullish(),
});

const complexSchema: z.ZodType<ComplexValue> = z.looseObject({
  root: z.string(),
  accessor: z.string().nullish(),
  filters: z.array(z.array(clauseSchema)).nullish(),
  transformers: z.array(transformerSchema).nullish(),
});

const argValueSchema: z.ZodType<ArgValue> = z.looseObject({ simple: scalar.optional(), complex: complexSchema.nullish() });

const taskInfoSchema = z.looseObject({
  id: z.string().optional(),
  name: z.string().default(''),
  description: z.string().nullish(),
  script: z.string().nullish(),
  scriptName: z.string().nullish(),
  playbookName: z.string().nullish(),
  playbookId: z.string().nullish(),
  iscommand: z.boolean().nullish(),
  brand: z.string().nullish(),
  type: z.string().nullish(),
});

const taskSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String),
  taskid: z.string().optional(),
  type: z.string(),
  task: taskInfoSchema,
  nexttasks: z.record(z.string(), z.array(z.union([z.string(), z.number()]).transform(String))).nullish(),
  scriptarguments: z.record(z.string(), argValueSchema.nullable()).nullish(),
  conditions: z.array(z.looseObject({ label: z.string(), condition: z.array(z.array(clauseSchema)).nullish() })).nullish(),
  separatecontext: z.boolean().nullish(),
  continueonerror: z.boolean().nullish(),
  continueonerrortype: z.string().nullish(),
  loop: z.unknown().optional(),
});

const inputSchema = z.looseObject({
  key: z.string(),
  value: z.union([argValueSchema, z.null(), z.string()]).optional(),
  required: z.boolean().nullish(),
  description: z.string().nullish(),
});

const outputSchema = z.looseObject({ contextPath: z.string(), description: z.string().nullish(), type: z.string().nullish() });

export const playbookSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.string().nullish(),
  starttaskid: z.union([z.string(), z.number()]).transform(String),
  tasks: z.record(z.string(), taskSchema),
  inputs: z.array(inputSchema).nullish(),
  outputs: z.array(outputSchema).nullish(),
});

export type Playbook = z.output<typeof playbookSchema>;
export type PlaybookTask = z.output<typeof taskSchema>;
export type PlaybookInput = z.output<typeof inputSchema>;
export type PlaybookOutput = z.output<typeof outputSchema>;
export type ConditionBranch = NonNullable<PlaybookTask['conditions']>[number];
