// DS108's notion of "a description that ends like a sentence", after demisto-sdk's validator:
// surrounding quotes are ignored, a trailing URL is accepted, and so is closing punctuation after
// the full stop, e.g. `(see the docs.)`.
const TRAILING_URL = /(?:https?:\/\/|www\.)\S+$/i;
const CLOSERS = /[)"'`*\]]+$/;

function stripMatchingQuotes(text: string): string {
  const quote = text[0];
  if ((quote === '"' || quote === "'") && text.length > 1 && text.endsWith(quote)) return text.slice(1, -1).trim();
  return text;
}

/** True when the text is empty, ends with `.`, `!` or `?` (optionally followed by closers), or ends with a URL. */
export function endsLikeSentence(text: string): boolean {
  const stripped = stripMatchingQuotes(text.trim());
  if (stripped === '' || TRAILING_URL.test(stripped)) return true;
  return /[.!?]$/.test(stripped.replace(CLOSERS, ''));
}

/** The end of a description, which is the part DS108 complains about, short enough for one report line. */
export function sentenceEnding(text: string, length = 48): string {
  const trimmed = text.trim();
  return trimmed.length <= length ? `"${trimmed}"` : `"...${trimmed.slice(-length)}"`;
}
