import { analyse, type Token } from '../nlp/analyse';
import { type ClauseFrame, clauseFrames, type Role } from '../nlp/clause-frames';
import type { Span } from './span-index';

/**
 * The linguistic reading of one provision as the theme recognisers ask about it: its tokens,
 * clause frames, the roles of its phrases and its sentences. Made on first use, so a text no
 * pattern matches is never parsed. `leadIn`: the chapeau whose directive carries into the text;
 * `drivers`: spans of the root causes the text discusses, which a frame may take as its object.
 */
export class Reading {
  private read?: { tokens: Token[]; frames: ClauseFrame[]; sentences: Span[] };

  constructor(
    readonly text: string,
    readonly leadIn?: string,
    readonly drivers: readonly Span[] = [],
  ) {}

  private get parsed() {
    if (!this.read) {
      const a = analyse(this.text);
      this.read = {
        tokens: a.tokens,
        frames: clauseFrames(this.text, this.leadIn),
        sentences: a.sentences.map((s) => ({
          start: a.tokens[s.from]?.start ?? 0,
          end: a.tokens[s.to - 1]?.end ?? this.text.length,
        })),
      };
    }
    return this.read;
  }

  get tokens(): readonly Token[] {
    return this.parsed.tokens;
  }

  get frames(): readonly ClauseFrame[] {
    return this.parsed.frames;
  }

  /** The roles whose phrase holds the character at `at` (none: the action or its object). */
  rolesAt(at: number): Role[] {
    const f = this.parsed.frames.find((x) => at >= x.start && at < x.end);
    return f ? f.roles.filter((r) => at >= r.start && at < r.end).map((r) => r.role) : [];
  }

  /** The sentence holding the character at `at`. */
  sentenceAt(at: number): Span {
    return (
      this.parsed.sentences.find((s) => at >= s.start && at < s.end) ?? { start: 0, end: this.text.length }
    );
  }

  /** The clause frame holding the character at `at`. */
  frameAt(at: number): ClauseFrame | undefined {
    return this.parsed.frames.find((x) => at >= x.start && at < x.end);
  }
}
