// Types of the whosaid loader (`whosaid.js`). The engine's shapes come from the .d.ts that
// wasm-bindgen emits for `pkg/whosaid.js`.
import type {
  Annotations, Block, PageAnnotations, Summary, WidgetOptions, WidgetStats,
} from './pkg/whosaid.js';

export type {
  Annotations, Block, BlockKind, PageAnnotations, PageQuote, Quote, QuoteKind, Share, Span, Speaker,
  SpeakerSummary, Summary, WidgetOptions, WidgetStats,
} from './pkg/whosaid.js';

export interface InitOptions extends WidgetOptions {
  /** false: annotate long articles on the main thread instead of in a worker. */
  worker?: boolean;
}

export interface WhoSaidApi {
  readonly version: string;
  /** Starts on this page, or restarts with these options when already running (calls run in
   * turn); resolves to the annotations once quotes are painted, or null (with one console
   * warning saying why) when it cannot run. Never rejects. */
  init(options?: InitOptions): Promise<PageAnnotations | null>;
  /** The current annotations with each quote's text and speaker name; null before init. */
  annotations(): PageAnnotations | null;
  /** The article as read from the page. */
  article(): { text: string; blocks: Block[] } | null;
  /** Who is quoted and how much (what the speakers panel lists); null before init. */
  summary(): Summary | null;
  /** Opens the speakers panel and puts focus in it; closes it; or either. */
  openPanel(): void;
  closePanel(): void;
  togglePanel(): void;
  /** Timings and counts of the last annotation. */
  stats(): WidgetStats | null;
  /** When the script started, the engine was ready and the first highlights were (performance.now()). */
  timing(): { scriptStart: number; loaded: number; ready: number } | null;
  /** Removes every trace of the widget from the page. */
  destroy(): void;
  /** The element whosaid annotates: `selector`, else the article found by text density. */
  findArticle(selector?: string): Promise<Element>;
  /** The engine without the page. */
  annotateText(text: string): Promise<Annotations>;
  annotateBlocks(blocks: Block[]): Promise<Annotations>;
}

export const WhoSaid: WhoSaidApi;
export default WhoSaid;

declare global {
  var WhoSaid: WhoSaidApi | undefined;
  interface DocumentEventMap {
    'whosaid:ready': CustomEvent<PageAnnotations>;
    'whosaid:update': CustomEvent<PageAnnotations>;
  }
}
