export type { DocumentSpec } from "./document.ts";
export { formatChineseDate, formatFen, validateSpec } from "./document.ts";
export { type MissingGlyph, findMissingGlyphs } from "./fonts.ts";
export { renderPdf } from "./render.ts";
