/**
 * The contributor notice the platform's unifier adds to integrations of non-xsoar packs: a suffix
 * on the display name and a block at the top of the detailed description.
 */
export interface PackSupport {
  /** pack_metadata.json `support`: xsoar, partner, developer or community. */
  level: string;
  author: string;
  email?: string | readonly string[];
  url?: string;
}

const CONTRIBUTED_LEVELS = new Set(['partner', 'developer', 'community']);
const LIVE_DISCUSSIONS = 'https://live.paloaltonetworks.com/t5/cortex-xsoar-discussions/bd-p/Cortex_XSOAR_Discussions';

export function isContribution(support: PackSupport | undefined): support is PackSupport {
  return support !== undefined && CONTRIBUTED_LEVELS.has(support.level);
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** `Absolute Secure Endpoint (Community Contribution)`; unchanged when a suffix is already there. */
export function contributionDisplay(display: string, support: PackSupport): string {
  return display.includes(' Contribution)') ? display : `${display} (${capitalize(support.level)} Contribution)`;
}

function notice(support: PackSupport): string {
  if (support.level === 'community') {
    return [
      '### Community Contributed Integration',
      `#### Integration Author: ${support.author}`,
      'No support or maintenance is provided by the author. Customers are encouraged to engage with the user community ' +
        `for questions and guidance at the [Cortex XSOAR Live Discussions](${LIVE_DISCUSSIONS}).`,
    ].join('\n');
  }
  const emails = typeof support.email === 'string' ? support.email.split(',') : (support.email ?? []);
  return [
    `### ${capitalize(support.level)} Contributed Integration`,
    `#### Integration Author: ${support.author}`,
    'Support and maintenance for this integration are provided by the author. Please use the following contact details:',
    ...emails
      .map((e) => e.trim())
      .filter(Boolean)
      .map((e) => `- **Email**: [${e}](mailto:${e})`),
    ...(support.url ? [`- **URL**: [${support.url}](${support.url})`] : []),
  ].join('\n');
}

/** The detailed description with the contributor notice on top (once). */
export function contributionDescription(description: string, support: PackSupport): string {
  return /### .* Contributed Integration/.test(description) ? description : `${notice(support)}\n***\n${description}`;
}
