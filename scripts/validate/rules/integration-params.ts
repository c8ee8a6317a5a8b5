import { integrationViews, type Indexed, type IntegrationView } from '../integration-model';
import { asString } from '../read-data';
import type { PackContents } from '../pack-loader';
import type { Issue, RuleDef } from '../types';

const CHECKBOX = 8;
// Types that legitimately carry no display: 17 feed expiration, 23 engine placeholder.
const DISPLAYLESS_TYPES = new Set([17, 23]);
const STANDARD_DISPLAY: Readonly<Record<string, string>> = {
  insecure: 'Trust any certificate (not secure)',
  unsecure: 'Trust any certificate (not secure)',
  proxy: 'Use system proxy settings',
};

function eachParam(pack: PackContents, visit: (view: IntegrationView, param: Indexed, name: string) => Issue | undefined): Issue[] {
  return integrationViews(pack).flatMap((view) =>
    view.params.flatMap((param) => {
      const issue = visit(view, param, asString(param.raw['name']) ?? `#${param.index}`);
      return issue ? [issue] : [];
    }),
  );
}

const at = (param: Indexed, key?: string) => `configuration[${param.index}]${key ? `.${key}` : ''}`;

/** Instance-parameter conventions enforced by demisto-sdk's IN1xx validators. */
export const integrationParamRules: RuleDef[] = [
  {
    code: 'IN100',
    title: 'insecure/proxy params use the standard display, type 8, not required, default false',
    check: (pack) =>
      eachParam(pack, (view, param, name) => {
        const display = STANDARD_DISPLAY[name];
        if (display === undefined) return undefined;
        const { raw } = param;
        const defaultValue = raw['defaultvalue'];
        const valid =
          raw['display'] === display &&
          raw['type'] === CHECKBOX &&
          raw['required'] !== true &&
          (defaultValue === undefined || defaultValue === null || defaultValue === false || defaultValue === 'false');
        return valid
          ? undefined
          : {
              file: view.file,
              where: at(param),
              message: `the ${name} param must have display "${display}", type 8, required false and defaultvalue 'false' or none`,
            };
      }),
  },
  {
    code: 'IN102',
    title: 'Checkbox params are never required',
    check: (pack) =>
      eachParam(pack, (view, param, name) =>
        param.raw['type'] === CHECKBOX && param.raw['required'] === true
          ? {
              file: view.file,
              where: at(param, 'required'),
              message: `checkbox param ${name} must not be required (an unticked box is a valid answer)`,
            }
          : undefined,
      ),
  },
  {
    code: 'IN152',
    title: "Checkbox defaults are the strings 'true' or 'false'",
    check: (pack) =>
      eachParam(pack, (view, param, name) => {
        const value = param.raw['defaultvalue'];
        if (param.raw['type'] !== CHECKBOX || value === undefined || value === null || value === 'true' || value === 'false')
          return undefined;
        return {
          file: view.file,
          where: at(param, 'defaultvalue'),
          message: `checkbox param ${name} has defaultvalue ${JSON.stringify(value)}; use the string 'true' or 'false'`,
        };
      }),
  },
  {
    code: 'IN118',
    title: 'Visible params have a display (or displaypassword)',
    check: (pack) =>
      eachParam(pack, (view, param, name) => {
        const { raw } = param;
        const hidden = raw['hidden'] === true || (Array.isArray(raw['hidden']) && raw['hidden'].length > 0);
        const displayless = typeof raw['type'] === 'number' && DISPLAYLESS_TYPES.has(raw['type']);
        if (hidden || displayless || asString(raw['display']) || asString(raw['displaypassword'])) return undefined;
        return { file: view.file, where: at(param), message: `param ${name} has no display (or displaypassword for credentials)` };
      }),
  },
  {
    code: 'IN135',
    title: 'Param display starts with a capital letter and has no underscore',
    check: (pack) =>
      eachParam(pack, (view, param, name) => {
        const display = asString(param.raw['display']);
        if (!display || (!/^\p{Ll}/u.test(display) && !display.includes('_'))) return undefined;
        return {
          file: view.file,
          where: at(param, 'display'),
          message: `display "${display}" of param ${name} must start with a capital letter and contain no '_'`,
        };
      }),
  },
  {
    code: 'IN114',
    title: 'Param names are unique',
    check: (pack) =>
      integrationViews(pack).flatMap((view) => {
        const seen = new Set<string>();
        return view.params.flatMap((param) => {
          const name = asString(param.raw['name']);
          if (name === undefined) return [];
          if (!seen.has(name)) {
            seen.add(name);
            return [];
          }
          return [{ file: view.file, where: at(param, 'name'), message: `param name ${name} is declared more than once` }];
        });
      }),
  },
];
