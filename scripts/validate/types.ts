import type { CompiledSchema } from './kwalify';
import type { PackContents } from './pack-loader';

export type Severity = 'error' | 'warning';

/** One problem found in the pack, printed as `file: [code] - where: message`. */
export interface Finding {
  /** demisto-sdk validation code the check mirrors (`PK1xx` for pack-local checks with no SDK code). */
  code: string;
  severity: Severity;
  /** Path of the offending file relative to the pack root, with `/` separators. */
  file: string;
  message: string;
  /** Location inside the file, e.g. `script.commands[3].arguments[0].name`, when there is one. */
  where?: string;
}

/** What a rule reports; the rule's own code and severity are added by the runner. */
export interface Issue {
  file: string;
  message: string;
  where?: string;
}

export interface ApprovedTags {
  common: readonly string[];
  /** Marketplace id -> tags allowed only with that marketplace's prefix (`marketplacev2:Data Source`). */
  byMarketplace: Readonly<Record<string, readonly string[]>>;
}

/** Reference data every rule may consult. */
export interface RuleContext {
  schemas: { integration: CompiledSchema; playbook: CompiledSchema };
  approved: {
    categories: readonly string[];
    useCases: readonly string[];
    tags: ApprovedTags;
  };
}

export interface RuleDef {
  code: string;
  /** Short human title, shown by `--list-rules`. */
  title: string;
  /** Defaults to `error`. */
  severity?: Severity;
  check(pack: PackContents, context: RuleContext): Issue[];
}
