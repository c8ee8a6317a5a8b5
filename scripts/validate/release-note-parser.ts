// Splits a release-note markdown file into the structure demisto-sdk expects:
//   #### <Content type>          first-level header
//   ##### <item> | New: <item>   second-level header
//   - bullet / sentence          body
// HTML comments are blanked out first (they hide entries on purpose) but keep their line breaks,
// so reported line numbers still match the file.

export interface ReleaseNoteItem {
  title: string;
  isNew: boolean;
  line: number;
  body: string[];
}

export interface ReleaseNoteSection {
  contentType: string;
  line: number;
  items: ReleaseNoteItem[];
  /** Non-blank lines between the content-type header and its first item header. */
  looseLines: string[];
}

export interface MalformedHeader {
  line: number;
  text: string;
}

export interface ParsedReleaseNote {
  sections: ReleaseNoteSection[];
  /** `##`-level headers: the form `update-release-notes --force` writes instead of content types. */
  forceHeaders: number;
  /** Header-looking lines with no space after the hashes, e.g. `####Integrations`. */
  malformedHeaders: MalformedHeader[];
  /** `#####` items that appear before any content-type header. */
  orphanItems: MalformedHeader[];
}

function blankComments(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ''));
}

export function parseReleaseNote(text: string): ParsedReleaseNote {
  const parsed: ParsedReleaseNote = { sections: [], forceHeaders: 0, malformedHeaders: [], orphanItems: [] };
  let section: ReleaseNoteSection | undefined;
  let item: ReleaseNoteItem | undefined;
  blankComments(text)
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = index + 1;
      const trimmed = raw.trimEnd();
      const typeHeader = /^####[ \t]+(\S.*)$/.exec(trimmed);
      const itemHeader = /^#####[ \t]+(\S.*)$/.exec(trimmed);
      if (typeHeader?.[1] !== undefined) {
        section = { contentType: typeHeader[1].trim(), line, items: [], looseLines: [] };
        item = undefined;
        parsed.sections.push(section);
      } else if (itemHeader?.[1] !== undefined) {
        const title = itemHeader[1].trim();
        const isNew = title.startsWith('New: ');
        item = { title: isNew ? title.slice('New: '.length).trim() : title, isNew, line, body: [] };
        if (section) section.items.push(item);
        else parsed.orphanItems.push({ line, text: trimmed });
      } else if (/^#{4,5}[^#\s]/.test(trimmed)) {
        parsed.malformedHeaders.push({ line, text: trimmed });
      } else if (/^##[ \t]+\S/.test(trimmed)) {
        parsed.forceHeaders += 1;
      } else if (trimmed.trim() !== '') {
        if (item) item.body.push(trimmed);
        else if (section) section.looseLines.push(trimmed);
      }
    });
  return parsed;
}
