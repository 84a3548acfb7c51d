import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

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

let cache: Record<FontWeight, Buffer> | undefined;

/** The font files, read from disk once per process (about 10 MB each). */
export function loadFonts(): Readonly<Record<FontWeight, Buffer>> {
  cache ??= {
    regular: readFileSync(fontPath("regular")),
    bold: readFileSync(fontPath("bold")),
  };
  return cache;
}
