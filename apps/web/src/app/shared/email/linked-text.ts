/** A run of plain text, or a web address to show as a link. */
export interface TextPart {
  text: string;
  url: string | null;
}

const WEB_ADDRESS = /https?:\/\/[^\s<>"']+/g;
/** Sentence punctuation right after an address belongs to the sentence, not to the address. */
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;

/** Splits text into plain runs and http(s) addresses; nothing else ever becomes a link. */
export function linkParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(WEB_ADDRESS)) {
    const url = match[0].replace(TRAILING_PUNCTUATION, '');
    const start = match.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start), url: null });
    parts.push({ text: url, url });
    last = start + url.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), url: null });
  return parts;
}
