import { validateAgainstSchema } from '../kwalify';
import type { Issue, RuleDef } from '../types';

/** ST110 for integration manifests: YAML syntax, then demisto-sdk's integration.yml schema. */
export const integrationSchemaRules: RuleDef[] = [
  {
    code: 'ST110',
    title: 'Integration YAML matches the demisto-sdk integration schema',
    check(pack, context) {
      const issues: Issue[] = [];
      for (const manifest of pack.integrations.flatMap((folder) => folder.manifests)) {
        if (manifest.parseError !== undefined) {
          issues.push({ file: manifest.file, message: `not valid YAML: ${manifest.parseError}` });
          continue;
        }
        for (const error of validateAgainstSchema(manifest.data, context.schemas.integration)) {
          issues.push({ file: manifest.file, where: error.where, message: error.message });
        }
      }
      return issues;
    },
  },
  {
    code: 'ST106',
    title: 'Every integration folder holds its <Name>.yml manifest',
    check(pack) {
      return pack.integrations
        .filter((folder) => !folder.files.includes(`${folder.name}.yml`))
        .map((folder) => ({
          file: folder.dir,
          message: `integration folder has no manifest; expected ${folder.dir}/${folder.name}.yml`,
        }));
    },
  },
];
