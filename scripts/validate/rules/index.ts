import type { RuleDef } from '../types';
import { integrationAssetRules } from './integration-assets';
import { integrationCommandRules } from './integration-commands';
import { integrationDescriptionRules } from './integration-descriptions';
import { integrationDockerRules } from './integration-docker';
import { integrationIdentityRules } from './integration-identity';
import { integrationParamRules } from './integration-params';
import { integrationSchemaRules } from './integration-schema';
import { packDockerAndFileRules } from './pack-docker-files';
import { packMetadataFieldRules } from './pack-metadata-fields';
import { packMetadataListRules } from './pack-metadata-lists';
import { playbookDeleteContextRules } from './playbook-delete-context';
import { playbookGraphRules } from './playbook-graph';
import { playbookIdentityRules } from './playbook-identity';
import { playbookInputRules } from './playbook-inputs';
import { playbookSchemaRules } from './playbook-schema';
import { readmeRules } from './readme';
import { releaseNoteFormatRules } from './release-note-format';
import { releaseNoteVersionRules } from './release-note-versions';
import { testPlaybookLinkRules } from './test-playbook-links';

/** Every rule, in the order findings are reported within a file. */
export const allRules: readonly RuleDef[] = [
  ...integrationSchemaRules,
  ...integrationIdentityRules,
  ...integrationParamRules,
  ...integrationCommandRules,
  ...integrationDescriptionRules,
  ...integrationAssetRules,
  ...integrationDockerRules,
  ...testPlaybookLinkRules,
  ...playbookSchemaRules,
  ...playbookIdentityRules,
  ...playbookGraphRules,
  ...playbookInputRules,
  ...playbookDeleteContextRules,
  ...packMetadataFieldRules,
  ...packMetadataListRules,
  ...releaseNoteVersionRules,
  ...releaseNoteFormatRules,
  ...packDockerAndFileRules,
  ...readmeRules,
];
