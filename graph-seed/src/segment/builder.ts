// Collects provisions as a segmenter walks the cleaned lines, then turns them into Provisions:
// ids, reading order, reflowed text, the footnotes whose markers stood in them, and the footnotes
// themselves as provisions of their own.
import { reflow } from '../text/reflow';
import type { CleanedText, DocumentMeta, Provision, ProvisionKind } from '../types';

/** A provision being collected: its lines (with the printed number or letter already cut off). */
export interface Unit {
  ref: string;
  kind: ProvisionKind;
  section: string;
  parentRef?: string;
  texts: string[];
  lines: number[];
}

/**
 * A footnote that is only a treaty-series volume citation carries no text of its own (the
 * instrument is named where its marker stands); it stays in CleanedText but is not a provision.
 */
const VOLUME_CITATION =
  /^(?:See )?(?:United Nations, Treaty Series|Ibid\.), vols?\.[^A-Za-z]*(?:No\.[^A-Za-z]*)?$/;

export class ProvisionBuilder {
  readonly units: Unit[] = [];

  constructor(
    private readonly meta: DocumentMeta,
    private readonly cleaned: CleanedText,
  ) {}

  /** Opens a new provision; later `add` calls go to it. */
  open(ref: string, kind: ProvisionKind, section: string, parentRef?: string): Unit {
    const unit: Unit = { ref, kind, section, texts: [], lines: [], ...(parentRef ? { parentRef } : {}) };
    this.units.push(unit);
    return unit;
  }

  /** Adds line `index` (its text, or the given remainder of it) to a unit. */
  add(unit: Unit, index: number, text = this.cleaned.lines[index] ?? ''): void {
    unit.texts.push(text);
    unit.lines.push(index);
  }

  build(): Provision[] {
    const docSlug = this.meta.id;
    const markerLines = new Map<number, string[]>();
    for (const m of this.cleaned.markers)
      markerLines.set(m.line, [...(markerLines.get(m.line) ?? []), m.number]);
    const seen = new Set<string>();
    const out: Provision[] = [];
    const sectionOfNote = new Map<string, string>();
    const push = (u: Omit<Provision, 'id' | 'documentId' | 'order'>) => {
      let ref = u.ref;
      for (let k = 2; seen.has(ref); k++) ref = `${u.ref}~${k}`;
      seen.add(ref);
      out.push({
        id: `prov:${docSlug}:${ref}`,
        documentId: `doc:${docSlug}`,
        order: out.length + 1,
        ...u,
        ref,
      });
    };
    for (const u of this.units) {
      const text = reflow(u.texts);
      const notes = [...new Set(u.lines.flatMap((i) => markerLines.get(i) ?? []))];
      for (const n of notes) if (!sectionOfNote.has(n)) sectionOfNote.set(n, u.section);
      if (text === '' && u.kind !== 'box') continue;
      push({
        ref: u.ref,
        kind: u.kind,
        section: u.section,
        text,
        ...(u.parentRef ? { parentRef: u.parentRef } : {}),
        ...(notes.length ? { footnotes: notes } : {}),
      });
    }
    for (const note of this.cleaned.footnotes) {
      if (note.text === '' || VOLUME_CITATION.test(note.text)) continue;
      const section = sectionOfNote.get(note.number) ?? this.sectionAtLine(note.line);
      push({ ref: `fn${note.number}`, kind: 'footnote', section, text: note.text });
    }
    return out;
  }

  /** The section of the last unit holding a line at or before `line`. */
  private sectionAtLine(line: number): string {
    let section = '';
    for (const u of this.units) if (u.lines.some((i) => i <= line)) section = u.section;
    return section;
  }
}
