/** A stretch of the article text: UTF-8 byte offsets and Unicode code-point offsets, end-exclusive. */
export interface Span { start: number; end: number; char_start: number; char_end: number; }
export type QuoteKind = "direct" | "partial" | "block" | "term" | "title" | "headline" | "answer";
/** What decided a quotation (see the README's rule table). */
export type Rule = "cue-after" | "cue-before" | "colon-intro" | "clause" | "reported" | "continuation" | "echo" | "interview" | "none" | "term" | "shape";
export interface Quote {
  /** The quoted words without their marks; `outer` includes the marks. */
  span: Span; outer: Span; kind: QuoteKind;
  /** Index into `speakers`; null for non-speech and for speech whose speaker is not known. */
  speaker: number | null;
  /** The words naming the speaker for this quote, and the words marking the speech. */
  mention: Span | null; cue: Span | null;
  /** The rule that decided, and how sure it is (0..1). */
  rule: Rule; confidence: number;
  /** Index of the quote this one continues (a quotation over several paragraphs). */
  continues: number | null;
  /** Index of the block (paragraph) the quote is in. */
  block: number;
}
export type SpeakerKind = "person" | "organisation" | "unnamed" | "group";
export interface Speaker {
  name: string; aliases: string[]; role: string | null; age: number | null;
  description: string | null; kind: SpeakerKind; quotes: number;
}
export interface Annotations { quotes: Quote[]; speakers: Speaker[]; }
/** On a page: each quote also carries its text and its speaker's name. */
export interface PageQuote extends Quote { text: string; speakerName: string | null; }
export interface PageAnnotations { quotes: PageQuote[]; speakers: Speaker[]; }
export type BlockKind = "heading" | "paragraph" | "block-quote" | "caption" | "list-item" | "other";
export interface Block { kind: BlockKind; text: string; }
export interface WidgetOptions {
  /** CSS selector of the article root; found by text density when absent. */
  root?: string;
  theme?: "auto" | "light" | "dark";
  /** Attributions less sure than this show as "speaker not identified" (default 0.5). */
  minConfidence?: number;
  /** "auto": the CSS Custom Highlight API where present; "wrap": <whosaid-q> elements. */
  highlight?: "auto" | "wrap";
  /** Milliseconds before a hover opens a card (default 250). */
  hoverDelay?: number;
  /** Articles longer than this many bytes are annotated in a worker (default 65536). */
  workerThreshold?: number;
  /** false: no "Who's quoted" button on the page (the panel still opens from the API). */
  panel?: boolean;
}
/** Quotations (indices into `quotes`, text order), their words, and their share of all quoted words (0..1). */
export interface Share { quotes: number[]; words: number; share: number; }
export interface SpeakerSummary extends Share {
  /** Index into `speakers`; `about` is the role, else the description. */
  speaker: number; name: string; about: string | null; kind: SpeakerKind;
}
/** Who is quoted and how much: speakers by quoted words, and speech with no speaker named. */
export interface Summary { speakers: SpeakerSummary[]; unattributed: Share; quotes: number; words: number; }
export interface WidgetStats {
  mode: string; findMs: number; setupMs: number; readMs: number; receiveMs: number;
  annotateMs: number; paintMs: number; announceMs: number; longestTaskMs: number; offThread: boolean; chars: number; blocks: number;
  quotes: number; painted: number; reused: number; refreshes: number;
}
