import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as fontkit from "fontkit";
import { type DocumentSpec, specTexts } from "./document.ts";

/**
 * Noto Sans SC (SIL OFL 1.1) as shipped by @expo-google-fonts/noto-sans-sc:
 * static TrueType (glyf) files with ~30,900 code points (GB 2312 and far
 * beyond: rare name characters, CJK punctuation, ¥, ①…). pdfkit embeds only
 * the glyphs a document uses (fontkit subset, CIDFontType2 + ToUnicode), so
 * a one-page notice stays small and its text can be copied and searched.
 */
const FONT_SPECIFIERS = {
  regular: "@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf",
  bold: "@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf",
} as const;

export type FontWeight = keyof typeof FONT_SPECIFIERS;

const require = createRequire(import.meta.url);

/** Absolute path of a font file, resolved through the package (no hard-coded node_modules path). */
export function fontPath(weight: FontWeight): string {
  return require.resolve(FONT_SPECIFIERS[weight]);
}

let files: Record<FontWeight, Buffer> | undefined;
let parsed: Record<FontWeight, fontkit.Font> | undefined;

/** The font files, read from disk once per process (about 10 MB each). */
export function loadFontFiles(): Readonly<Record<FontWeight, Buffer>> {
  files ??= {
    regular: readFileSync(fontPath("regular")),
    bold: readFileSync(fontPath("bold")),
  };
  return files;
}

/**
 * The fonts parsed by fontkit, once per process. pdfkit accepts a fontkit
 * font in place of a file and makes a fresh glyph subset for every document,
 * so sharing the parsed font only saves re-reading the cmap, GSUB and GPOS
 * tables for each render (about 50 ms of a 70 ms render).
 */
export function loadFonts(): Readonly<Record<FontWeight, fontkit.Font>> {
  if (!parsed) {
    const buffers = loadFontFiles();
    parsed = { regular: open(buffers.regular, "regular"), bold: open(buffers.bold, "bold") };
  }
  return parsed;
}

function open(buffer: Buffer, weight: FontWeight): fontkit.Font {
  const font = fontkit.create(buffer);
  if (!("layout" in font)) throw new Error(`${FONT_SPECIFIERS[weight]} is a font collection, expected a single font`);
  return font;
}

/** A character the embedded font cannot draw (it would print as an empty box). */
export interface MissingGlyph {
  char: string;
  /** e.g. "U+20BB7" */
  codePoint: string;
  /** Where in the spec, e.g. "addressee" or "table.rows[3][1]". */
  where: string;
}

/**
 * Characters of the spec that Noto Sans SC has no glyph for. The font covers
 * all of the CJK Unified Ideographs block and Extension A but only a few
 * dozen Extension B characters, so a rare character in a name (𠮷) can be
 * missing; renderPdf refuses such a spec rather than print a box in its place.
 */
export function findMissingGlyphs(spec: DocumentSpec): MissingGlyph[] {
  const fonts = loadFonts();
  const missing: MissingGlyph[] = [];
  for (const [where, text] of specTexts(spec)) {
    for (const char of text) {
      if (char === "\n" || char === "\r" || char === "\t") continue;
      const cp = char.codePointAt(0) ?? 0;
      if (!fonts.regular.hasGlyphForCodePoint(cp) || !fonts.bold.hasGlyphForCodePoint(cp)) {
        missing.push({ char, codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`, where });
      }
    }
  }
  return missing;
}
