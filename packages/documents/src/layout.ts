/**
 * Line breaking for Chinese text mixed with Latin words and numbers.
 *
 * pdfkit's own wrapper breaks on UAX #14 opportunities and justifies by
 * stretching spaces only, which Chinese text has none of. Here every CJK
 * character is a break opportunity, Latin words / numbers / amounts stay
 * whole (a hyphenated code or a web address may break after "-" or "/"), and
 * the usual 避头尾 (kinsoku) rules apply: closing punctuation never starts a
 * line and opening brackets never end one. The caller justifies full lines by
 * spacing out CJK characters (never the letters of a Latin word).
 */

/** Width of a string in points at the current font and size. */
export type Measure = (text: string) => number;

/** Never at the start of a line: closing brackets and quotes, pause and stop marks. */
const NO_START = new Set([
  ..."，。、；：？！）］｝〕〉》」』】〗〙〛’”…‥·・％‰℃ー々ゝゞヽヾ",
  ...",.;:!?)]}%>",
]);
/** Never at the end of a line: opening brackets and quotes, currency signs. */
const NO_END = new Set([..."（［｛〔〈《「『【〖〘〚‘“", ..."([{<¥$£€#"]);
/** Characters that come in pairs (——, ……) and are never split. */
const PAIRED = new Set(["—", "…"]);
/** Punctuation from the General Punctuation block that behaves like a CJK character in Chinese text. */
const CJK_PUNCT = new Set([..."“”‘’—…‥·"]);

function isCjk(ch: string): boolean {
  if (CJK_PUNCT.has(ch)) return true;
  const cp = ch.codePointAt(0) ?? 0;
  return (
    (cp >= 0x2e80 && cp <= 0x9fff) || // radicals, CJK symbols & punctuation, kana, bopomofo, Ext A, URO
    (cp >= 0xac00 && cp <= 0xd7af) || // Hangul syllables
    (cp >= 0xf900 && cp <= 0xfaff) || // compatibility ideographs
    (cp >= 0xfe30 && cp <= 0xfe4f) || // CJK compatibility forms
    (cp >= 0xff00 && cp <= 0xffef) || // full-width forms
    (cp >= 0x20000 && cp <= 0x3ffff) // Ext B and beyond (rare characters in names)
  );
}

function isSpace(ch: string): boolean {
  return ch === " " || ch === "\t" || ch === "\u00a0";
}

/** Splits on explicit line breaks (\n, \r\n or \r); tabs become spaces. */
export function splitHardLines(text: string): string[] {
  return text.replace(/\t/g, " ").split(/\r\n|\r|\n/);
}

/** A piece of text that is never broken inside, or a run of breakable spaces. */
export interface Segment {
  text: string;
  space: boolean;
}

/** Splits a line of text into unbreakable segments (break opportunities lie between them). */
export function segment(text: string): Segment[] {
  // 1. atoms: one CJK character, one run of Latin (non-space, non-CJK) characters, or a run of spaces
  const atoms: Segment[] = [];
  let latin = "";
  let spaces = "";
  const flushLatin = (): void => {
    // a long code, phone number or web address may break after a hyphen or slash
    for (const piece of latin.split(/(?<=[\p{L}\p{N}][-/])(?=[\p{L}\p{N}])/u)) {
      if (piece) atoms.push({ text: piece, space: false });
    }
    latin = "";
  };
  const flushSpaces = (): void => {
    if (spaces) atoms.push({ text: spaces, space: true });
    spaces = "";
  };
  for (const ch of text) {
    if (isSpace(ch)) {
      flushLatin();
      spaces += ch;
    } else if (isCjk(ch)) {
      flushLatin();
      flushSpaces();
      atoms.push({ text: ch, space: false });
    } else {
      flushSpaces();
      latin += ch;
    }
  }
  flushLatin();
  flushSpaces();

  // 2. glue atoms where a break is forbidden
  const out: Segment[] = [];
  for (const atom of atoms) {
    const prev = out[out.length - 1];
    if (prev && !prev.space && !atom.space && !breakAllowed(prev.text, atom.text)) {
      prev.text += atom.text;
    } else {
      out.push({ ...atom });
    }
  }
  return out;
}

function breakAllowed(before: string, after: string): boolean {
  const last = [...before].pop() ?? "";
  const first = [...after][0] ?? "";
  if (NO_START.has(first)) return false;
  if (NO_END.has(last)) return false;
  if (PAIRED.has(first) && first === last) return false;
  return true;
}

/**
 * Greedy line breaking. `firstWidth` lets the first line be narrower (a
 * paragraph's first-line indent). Explicit "\n" forces a break. Trailing and
 * leading spaces of each line are dropped; a segment wider than a whole line
 * (a long URL or code) is split character by character.
 */
export function wrapText(text: string, width: number, measure: Measure, firstWidth = width): string[] {
  const lines: string[] = [];
  for (const hardLine of splitHardLines(text)) {
    wrapHardLine(hardLine, lines.length === 0 ? firstWidth : width, width, measure, lines);
  }
  return lines;
}

function wrapHardLine(text: string, firstWidth: number, width: number, measure: Measure, lines: string[]): void {
  const maxWidth = (): number => (lines.length === 0 ? firstWidth : width);
  let line = "";
  let lineWidth = 0;
  let pendingSpace = "";
  const push = (): void => {
    lines.push(line);
    line = "";
    lineWidth = 0;
    pendingSpace = "";
  };
  const segments = segment(text);
  if (segments.every((s) => s.space)) {
    lines.push("");
    return;
  }
  for (const seg of segments) {
    if (seg.space) {
      if (line) pendingSpace = seg.text;
      continue;
    }
    const w = measure(seg.text);
    const spaceW = pendingSpace ? measure(pendingSpace) : 0;
    if (line && lineWidth + spaceW + w <= maxWidth() + 0.01) {
      line += pendingSpace + seg.text;
      lineWidth += spaceW + w;
      pendingSpace = "";
      continue;
    }
    if (line) push();
    if (w <= maxWidth() + 0.01) {
      line = seg.text;
      lineWidth = w;
      continue;
    }
    // too wide for any line: break between characters
    for (const ch of seg.text) {
      const cw = measure(ch);
      if (line && lineWidth + cw > maxWidth() + 0.01) push();
      line += ch;
      lineWidth += cw;
    }
  }
  if (line || lines.length === 0) push();
}

/** Number of glyph positions that character spacing applies between (code points, not UTF-16 units). */
export function glyphCount(text: string): number {
  return [...text].length;
}

/** Full-width punctuation drawn in the left half of its em box (blank on the right). */
const RIGHT_BLANK = new Set([..."，。、；：？！）］｝〕〉》」』】〗〙〛”’"]);
/** Full-width punctuation drawn in the right half of its em box (blank on the left). */
const LEFT_BLANK = new Set([..."（［｛〔〈《「『【〖〘〚“‘"]);

/**
 * A run of text drawn in one go. `halt` runs are one punctuation mark set
 * half-width (OpenType `halt`); `latin` runs are a word or number whose
 * letters are never spaced out when a line is justified.
 */
export interface Run {
  text: string;
  halt: boolean;
  latin: boolean;
}

/**
 * Justification opportunities in a line: after every CJK character and
 * after every Latin run, except at the very end of the line.
 */
export function stretchPoints(runs: Run[]): number {
  return Math.max(0, runs.reduce((n, run) => n + (run.latin ? 1 : glyphCount(run.text)), 0) - 1);
}

/**
 * 标点挤压: where two full-width punctuation marks meet ("），", "。”", "（“")
 * the blank halves would leave a visible hole, so one of them is set
 * half-width — the first when its blank is on the right, otherwise the
 * second. An opening bracket at the start of a line is set half-width too,
 * so the text stays flush with the margin.
 */
export function punctuationRuns(line: string, atLineStart: boolean): Run[] {
  const chars = [...line];
  const runs: Run[] = [];
  let current: Run | undefined;
  chars.forEach((ch, i) => {
    const prev = chars[i - 1];
    const next = chars[i + 1];
    const halt =
      (i === 0 && atLineStart && LEFT_BLANK.has(ch)) ||
      (RIGHT_BLANK.has(ch) && next !== undefined && (RIGHT_BLANK.has(next) || LEFT_BLANK.has(next))) ||
      (LEFT_BLANK.has(ch) && prev !== undefined && LEFT_BLANK.has(prev));
    if (halt) {
      current = undefined;
      runs.push({ text: ch, halt: true, latin: false });
      return;
    }
    const latin = !isCjk(ch) && !isSpace(ch);
    if (current && current.latin === latin) {
      current.text += ch;
    } else {
      current = { text: ch, halt: false, latin };
      runs.push(current);
    }
  });
  return runs;
}
