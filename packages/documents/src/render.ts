import PDFDocument from "pdfkit";
import { type DocumentSpec, formatChineseDate, parseIsoDate, validateSpec } from "./document.ts";
import { type FontWeight, findMissingGlyphs, loadFonts } from "./fonts.ts";
import { type Measure, type Run, glyphCount, punctuationRuns, splitHardLines, stretchPoints, wrapText } from "./layout.ts";

/** A4 in points. */
const PAGE = { width: 595.28, height: 841.89 } as const;
/** About 22 mm top, 25 mm sides and bottom; the page number sits in the bottom margin. */
const MARGIN = { top: 64, bottom: 72, left: 70, right: 70 } as const;
/** Baseline of the page number, from the top of the page. */
const PAGE_NUMBER_BASELINE = PAGE.height - 40;

/**
 * Noto Sans SC's ideographic em box runs from 0.88 em above the baseline to
 * 0.12 em below; lines are placed so that box is centred in the line's leading.
 */
const EM_ABOVE_BASELINE = 0.88;

interface TextStyle {
  font: FontWeight;
  size: number;
  leading: number;
  color: string;
}

const INK = "#000000";
const STYLES = {
  title: { font: "bold", size: 22, leading: 34, color: INK },
  number: { font: "regular", size: 12, leading: 20, color: INK },
  body: { font: "regular", size: 12, leading: 22, color: INK },
  heading: { font: "bold", size: 12, leading: 22, color: INK },
  cell: { font: "regular", size: 10.5, leading: 16, color: INK },
  cellBold: { font: "bold", size: 10.5, leading: 16, color: INK },
  footnote: { font: "regular", size: 9, leading: 14, color: "#333333" },
  pageNumber: { font: "regular", size: 9, leading: 14, color: "#333333" },
} as const satisfies Record<string, TextStyle>;

type Align = "left" | "right" | "center" | "justify";

/** Paragraphs and list items this short are never split across pages. */
const KEEP_TOGETHER_LINES = 3;
const CELL_PAD_X = 6;
const CELL_PAD_Y = 4;
const RULE = 0.6;
const HEADER_FILL = "#E8E8E8";
const LABEL_FILL = "#F3F3F3";

/** One row of a ruled grid (the fields block or the table). */
interface GridRow {
  cells: string[];
  style: TextStyle;
  fill?: string;
  /** Heavier rule above the row (the total row of a table). */
  strongTop?: boolean;
}

interface GridColumn {
  width: number;
  align: Exclude<Align, "justify">;
  /** Overrides the row's style and fill in this column (the label column of the fields block). */
  style?: TextStyle;
  fill?: string;
}

/**
 * Renders a notice to PDF: A4, Noto Sans SC embedded as a subset with a
 * ToUnicode map (text extractable), page numbers "第 n 页 / 共 m 页" when the
 * document runs over more than one page.
 */
export function renderPdf(spec: DocumentSpec): Promise<Buffer> {
  try {
    validateSpec(spec);
    const missing = findMissingGlyphs(spec);
    if (missing.length > 0) {
      const list = missing.map((m) => `${m.char} (${m.codePoint}) in ${m.where}`).join(", ");
      throw new RangeError(`the font has no glyph for ${list}; replace these characters before printing`);
    }
    const doc = createDocument(spec);
    const done = collect(doc);
    new Composer(doc).compose(spec);
    doc.end();
    return done;
  } catch (err) {
    return Promise.reject(err instanceof Error ? err : new Error(String(err)));
  }
}

function createDocument(spec: DocumentSpec): PDFKit.PDFDocument {
  const { year, month, day } = parseIsoDate(spec.date);
  // Midnight in China Standard Time (UTC+8) on the document date.
  const issued = new Date(Date.UTC(year, month - 1, day) - 8 * 3600_000);
  const doc = new PDFDocument({
    size: "A4",
    margins: { ...MARGIN },
    bufferPages: true,
    // No standard-14 default font: every glyph comes from the embedded Noto Sans SC.
    font: "",
    lang: "zh-CN",
    displayTitle: true,
    info: {
      Title: spec.title,
      Subject: spec.number,
      Author: spec.issuer,
      Creator: "@wuxi/documents",
      Producer: "PDFKit",
      CreationDate: issued,
      ModDate: issued,
    },
  });
  // pdfkit takes a parsed fontkit font as well as a file (PDFFontFactory.open);
  // its type definitions only list paths and buffers.
  const fonts = loadFonts();
  doc.registerFont("regular", fonts.regular as unknown as PDFKit.Mixins.PDFFontSource);
  doc.registerFont("bold", fonts.bold as unknown as PDFKit.Mixins.PDFFontSource);
  return doc;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}

class Composer {
  private y: number = MARGIN.top;
  private readonly left = MARGIN.left;
  private readonly width = PAGE.width - MARGIN.left - MARGIN.right;
  private readonly bottom = PAGE.height - MARGIN.bottom;
  /** Run after a page break inside a block (repeats a table header). */
  private onNewPage: (() => void) | undefined;

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  compose(spec: DocumentSpec): void {
    this.title(spec.title);
    this.line(spec.number, STYLES.number, "right");
    this.y += 10;
    if (spec.addressee) this.paragraph(spec.addressee, STYLES.body, 0);
    for (const p of spec.paragraphs) this.paragraph(p, STYLES.body, 2 * STYLES.body.size);
    if (spec.fields?.length) this.fields(spec.fields);
    for (const list of spec.lists ?? []) this.list(list.heading, list.items);
    if (spec.table) this.table(spec.table);
    if (spec.closing?.length) this.y += 4;
    const seal = spec.seal ?? spec.issuer;
    const closing = spec.closing ?? [];
    closing.forEach((p, i) => {
      // The signature block never stands alone on a page: the last closing paragraph goes with it.
      if (i === closing.length - 1) this.ensure(this.paragraphHeight(p, STYLES.body, 2 * STYLES.body.size) + this.signatureHeight(seal, formatChineseDate(spec.date)));
      this.paragraph(p, STYLES.body, 2 * STYLES.body.size);
    });
    this.signature(seal, formatChineseDate(spec.date));
    if (spec.footnotes?.length) this.footnotes(spec.footnotes);
    this.pageNumbers();
  }

  // ---- primitives --------------------------------------------------------

  /** Selects the style; the returned Measure reads the document's current font, so use it before switching. */
  private use(style: TextStyle): Measure {
    this.doc.font(style.font).fontSize(style.size).fillColor(style.color);
    return (text) => this.runsWidth(punctuationRuns(text, false));
  }

  private runWidth(run: Run): number {
    return this.doc.widthOfString(run.text, run.halt ? { features: ["halt"] } : {});
  }

  private runsWidth(runs: Run[]): number {
    return runs.reduce((sum, run) => sum + this.runWidth(run), 0);
  }

  private newPage(): void {
    this.doc.addPage();
    this.y = MARGIN.top;
    this.onNewPage?.();
  }

  /** Starts a new page unless `height` more points fit on this one. */
  private ensure(height: number): void {
    if (this.y + height > this.bottom + 0.01) this.newPage();
  }

  /** Height of a paragraph as `paragraph` lays it out (without page breaks). */
  private paragraphHeight(text: string, style: TextStyle, indent: number): number {
    return splitHardLines(text).reduce((h, hard, i) => h + wrapText(hard, this.width, this.use(style), this.width - (i === 0 ? indent : 0)).length * style.leading, 0);
  }

  /** Height of the signature block with the gap above it for the seal. */
  private signatureHeight(seal: string, date: string): number {
    const style = STYLES.body;
    const measure = this.use(style);
    const blockWidth = Math.min(Math.max(measure(seal), measure(date)), this.width - 2 * style.size);
    return style.leading * 1.5 + (wrapText(seal, blockWidth, measure).length + wrapText(date, blockWidth, measure).length) * style.leading;
  }

  /** Draws one already-wrapped line with its top at `top`. */
  private drawLine(text: string, x: number, width: number, top: number, style: TextStyle, align: Align): void {
    if (!text) return;
    this.use(style);
    const runs = punctuationRuns(text, true);
    const w = this.runsWidth(runs);
    let dx = 0;
    let characterSpacing = 0;
    if (align === "right") dx = width - w;
    else if (align === "center") dx = (width - w) / 2;
    else if (align === "justify") {
      const points = stretchPoints(runs);
      const spare = width - w;
      // Spread the spare room after each CJK character and each Latin word,
      // unless the gaps would be so wide (a long unbreakable word went to the
      // next line) that a ragged edge looks better.
      if (points > 0 && spare > 0 && spare / points <= style.size * 0.35) characterSpacing = spare / points;
    }
    const baseline = top + (style.leading - style.size) / 2 + EM_ABOVE_BASELINE * style.size;
    // Character spacing (PDF Tc) follows every glyph of a CJK run; a Latin run
    // is set solid and followed by one spacing.
    let runX = x + dx;
    for (const run of runs) {
      const tc = run.latin ? 0 : characterSpacing;
      this.doc.text(run.text, runX, baseline, {
        lineBreak: false,
        baseline: "alphabetic",
        characterSpacing: tc,
        ...(run.halt ? { features: ["halt"] } : {}),
      });
      runX += this.runWidth(run) + (run.latin ? characterSpacing : tc * glyphCount(run.text));
    }
  }

  /** A single line (wrapped if it must), aligned across the text width. */
  private line(text: string, style: TextStyle, align: Exclude<Align, "justify">): void {
    const lines = wrapText(text, this.width, this.use(style));
    for (const l of lines) {
      this.ensure(style.leading);
      this.drawLine(l, this.left, this.width, this.y, style, align);
      this.y += style.leading;
    }
  }

  /** Justified paragraph with a first-line indent; "\n" forces a line break. */
  private paragraph(text: string, style: TextStyle, indent: number, x = this.left, width = this.width): void {
    const hardLines = splitHardLines(text);
    hardLines.forEach((hard, h) => {
      const first = h === 0 ? indent : 0;
      const lines = wrapText(hard, width, this.use(style), width - first);
      // keep short paragraphs whole and never leave a single line at the foot of a page
      this.ensure(style.leading * (lines.length <= KEEP_TOGETHER_LINES ? lines.length : 2));
      lines.forEach((l, i) => {
        this.ensure(style.leading);
        const offset = i === 0 ? first : 0;
        const align: Align = i === lines.length - 1 ? "left" : "justify";
        this.drawLine(l, x + offset, width - offset, this.y, style, align);
        this.y += style.leading;
      });
    });
  }

  // ---- blocks ------------------------------------------------------------

  private title(text: string): void {
    this.line(text, STYLES.title, "center");
    this.y += 4;
  }

  private fields(fields: { label: string; value: string }[]): void {
    const measureLabel = this.use(STYLES.cellBold);
    const labelWidth = Math.min(
      Math.max(...fields.map((f) => measureLabel(f.label))) + 2 * CELL_PAD_X + 1,
      this.width * 0.4,
    );
    this.y += 8;
    this.grid(
      [
        { width: labelWidth, align: "left", style: STYLES.cellBold, fill: LABEL_FILL },
        { width: this.width - labelWidth, align: "left" },
      ],
      fields.map((f) => ({ cells: [f.label, f.value], style: STYLES.cell })),
    );
    this.y += 8;
  }

  private list(heading: string, items: string[]): void {
    const style = STYLES.body;
    const measure = this.use(style);
    const gap = style.size * 0.5;
    const numberWidth = measure(`${items.length}.`);
    const numberX = this.left + 2 * style.size;
    const textX = numberX + numberWidth + gap;
    const textWidth = this.left + this.width - textX;
    const wrapped = items.map((item) => wrapText(item, textWidth, measure));
    const keep = (lines: string[]): number => (lines.length <= KEEP_TOGETHER_LINES ? lines.length : 2);
    this.y += 4;
    // keep the heading with (the start of) the first item
    const headingLines = wrapText(heading, this.width, this.use(STYLES.heading)).length;
    this.ensure(headingLines * STYLES.heading.leading + keep(wrapped[0] ?? []) * style.leading);
    this.line(heading, STYLES.heading, "left");
    wrapped.forEach((lines, index) => {
      this.ensure(style.leading * keep(lines));
      lines.forEach((l, i) => {
        this.ensure(style.leading);
        if (i === 0) this.drawLine(`${index + 1}.`, numberX, numberWidth, this.y, style, "right");
        this.drawLine(l, textX, textWidth, this.y, style, i === lines.length - 1 ? "left" : "justify");
        this.y += style.leading;
      });
    });
  }

  private table(table: NonNullable<DocumentSpec["table"]>): void {
    const all = [...table.rows, ...(table.footer ? [table.footer] : [])];
    const numeric = table.columns.map((_, c) => {
      const values = all.map((r) => (r[c] ?? "").trim()).filter((v) => v !== "");
      return values.length > 0 && values.every((v) => NUMERIC.test(v));
    });
    const widths = this.columnWidths(table.columns, table.rows, table.footer, numeric);
    const columns: GridColumn[] = widths.map((width, c) => ({ width, align: numeric[c] ? "right" : "left" }));
    this.y += 8;
    this.grid(
      columns,
      [
        ...table.rows.map((cells) => ({ cells, style: STYLES.cell })),
        ...(table.footer ? [{ cells: table.footer, style: STYLES.cellBold, strongTop: true }] : []),
      ],
      { cells: table.columns, style: STYLES.cellBold, fill: HEADER_FILL },
    );
    this.y += 8;
  }

  /**
   * Natural width of each column (its widest cell on one line), then: numeric
   * columns keep theirs, text columns share what is left in proportion to
   * their natural widths, never below three characters.
   */
  private columnWidths(headers: string[], rows: string[][], footer: string[] | undefined, numeric: boolean[]): number[] {
    // a Measure reads the document's current font: measure each style in one go
    const measureBold = this.use(STYLES.cellBold);
    const boldWidths = headers.map((h, c) => Math.max(measureBold(h), measureBold(footer?.[c] ?? "")));
    const measure = this.use(STYLES.cell);
    const natural = headers.map((_, c) => {
      const cells = rows.map((r) => measure(r[c] ?? ""));
      return Math.max(boldWidths[c] ?? 0, ...cells) + 2 * CELL_PAD_X + 1;
    });
    const total = natural.reduce((a, b) => a + b, 0);
    if (total <= this.width) {
      // room to spare: widen the text columns (or all columns if none is text)
      const grow = natural.map((_, c) => (numeric.some((n) => !n) ? !numeric[c] : true));
      const growTotal = natural.reduce((a, w, c) => (grow[c] ? a + w : a), 0);
      const spare = this.width - total;
      return natural.map((w, c) => (grow[c] ? w + (spare * w) / growTotal : w));
    }
    const minText = 3 * STYLES.cell.size + 2 * CELL_PAD_X;
    const fixed = natural.reduce((a, w, c) => (numeric[c] ? a + Math.min(w, this.width / 3) : a), 0);
    const textNatural = natural.reduce((a, w, c) => (numeric[c] ? a : a + w), 0);
    const left = Math.max(this.width - fixed, 0);
    let widths = natural.map((w, c) =>
      numeric[c] ? Math.min(w, this.width / 3) : Math.max(minText, (left * w) / (textNatural || 1)),
    );
    // the minimums may overshoot: take the room from the text columns only. An amount never wraps
    // ("¥640.0" over "0" reads as another sum), so numeric columns keep their natural width.
    const sum = widths.reduce((a, b) => a + b, 0);
    if (sum > this.width) {
      const numericSum = widths.reduce((a, w, c) => (numeric[c] ? a + w : a), 0);
      const textSum = sum - numericSum;
      const room = Math.max(this.width - numericSum, 0);
      widths = widths.map((w, c) => (numeric[c] || textSum === 0 ? w : (w * room) / textSum));
    }
    return widths;
  }

  /**
   * A ruled grid. Rows are kept whole when they fit on a page; a row taller
   * than a page is split between lines. After a page break the header row
   * (if any) is drawn again at the top of the new page.
   */
  private grid(columns: GridColumn[], rows: GridRow[], header?: GridRow): void {
    const wrapCells = (row: GridRow): string[][] =>
      row.cells.map((cell, c) => {
        const col = columns[c];
        if (!col) return [];
        const style = col.style ?? row.style;
        return wrapText(cell, col.width - 2 * CELL_PAD_X, this.use(style));
      });
    const headerLines = header ? wrapCells(header) : undefined;
    const rowHeight = (lines: string[][], row: GridRow): number =>
      2 * CELL_PAD_Y + Math.max(1, ...lines.map((l) => l.length)) * row.style.leading;
    const headerHeight = header && headerLines ? rowHeight(headerLines, header) : 0;

    const drawHeader = (): void => {
      if (header && headerLines) this.drawRowSlice(columns, header, headerLines, rowHeight(headerLines, header));
    };

    const wrapped = rows.map((row) => ({ row, lines: wrapCells(row) }));
    // keep the header with the first row
    const firstRow = wrapped[0];
    const firstHeight = firstRow ? rowHeight(firstRow.lines, firstRow.row) : 0;
    this.ensure(headerHeight + Math.min(firstHeight, 2 * CELL_PAD_Y + 2 * STYLES.cell.leading));
    drawHeader();

    const previous = this.onNewPage;
    this.onNewPage = drawHeader;
    try {
      const pageRoom = this.bottom - MARGIN.top - headerHeight;
      for (const { row, lines } of wrapped) {
        const height = rowHeight(lines, row);
        if (height <= pageRoom) {
          this.ensure(height);
          this.drawRowSlice(columns, row, lines, height);
          continue;
        }
        // taller than a page: split between lines
        const total = Math.max(1, ...lines.map((l) => l.length));
        let from = 0;
        while (from < total) {
          const fit = Math.floor((this.bottom - this.y - 2 * CELL_PAD_Y) / row.style.leading);
          if (fit < 1) {
            this.newPage();
            continue;
          }
          const count = Math.min(fit, total - from);
          const slice = lines.map((l) => l.slice(from, from + count));
          this.drawRowSlice(columns, row, slice, 2 * CELL_PAD_Y + count * row.style.leading);
          from += count;
        }
      }
    } finally {
      this.onNewPage = previous;
    }
  }

  /** Draws one row (or part of one) at the current y and moves below it. */
  private drawRowSlice(columns: GridColumn[], row: GridRow, lines: string[][], height: number): void {
    const doc = this.doc;
    let x = this.left;
    for (const [c, col] of columns.entries()) {
      const fill = col.fill ?? row.fill;
      if (fill) doc.rect(x, this.y, col.width, height).fillColor(fill).fill();
      const style = col.style ?? row.style;
      const cellLines = lines[c] ?? [];
      cellLines.forEach((l, i) => {
        const top = this.y + CELL_PAD_Y + i * row.style.leading;
        const last = i === cellLines.length - 1;
        const align: Align = col.align === "left" && !last ? "justify" : col.align;
        this.drawLine(l, x + CELL_PAD_X, col.width - 2 * CELL_PAD_X, top, { ...style, leading: row.style.leading }, align);
      });
      x += col.width;
    }
    doc.lineWidth(RULE).strokeColor(INK);
    x = this.left;
    for (const col of columns) {
      doc.rect(x, this.y, col.width, height).stroke();
      x += col.width;
    }
    if (row.strongTop) {
      doc.lineWidth(RULE * 2).moveTo(this.left, this.y).lineTo(x, this.y).stroke();
    }
    this.y += height;
  }

  /** The issuing body (where the seal goes) and the date, bottom right, centred on each other. */
  private signature(seal: string, date: string): void {
    const style = STYLES.body;
    const gap = style.leading * 1.5;
    const measure = this.use(style);
    // two characters in from the right margin ("右空二字"), never wider than the text
    const blockWidth = Math.min(Math.max(measure(seal), measure(date)), this.width - 2 * style.size);
    const x = this.left + this.width - blockWidth - 2 * style.size;
    const lines = [...wrapText(seal, blockWidth, measure), ...wrapText(date, blockWidth, measure)];
    // the block stays together; the gap above it (room for the seal) is dropped at the top of a page
    if (this.y + gap + lines.length * style.leading <= this.bottom) this.y += gap;
    else this.newPage();
    for (const l of lines) {
      this.drawLine(l, x, blockWidth, this.y, style, "center");
      this.y += style.leading;
    }
  }

  private footnotes(notes: string[]): void {
    const style = STYLES.footnote;
    const measure = this.use(style);
    const lineCount = notes.reduce((n, note) => n + wrapText(note, this.width, measure).length, 0);
    this.y += 14;
    // the small print is one block: it moves to the next page whole (unless it is longer than a page)
    this.ensure(Math.min(6 + lineCount * style.leading, this.bottom - MARGIN.top));
    this.doc
      .lineWidth(0.5)
      .strokeColor("#888888")
      .moveTo(this.left, this.y)
      .lineTo(this.left + this.width, this.y)
      .stroke();
    this.y += 6;
    for (const note of notes) this.paragraph(note, style, 0);
  }

  private pageNumbers(): void {
    const range = this.doc.bufferedPageRange();
    if (range.count <= 1) return;
    const style = STYLES.pageNumber;
    for (let i = 0; i < range.count; i++) {
      this.doc.switchToPage(range.start + i);
      const top = PAGE_NUMBER_BASELINE - EM_ABOVE_BASELINE * style.size - (style.leading - style.size) / 2;
      this.drawLine(`第 ${i + 1} 页 / 共 ${range.count} 页`, this.left, this.width, top, style, "center");
    }
  }
}

/** Amounts and counts: "¥1,234.50", "-¥12.00", "3", "12.5%". */
const NUMERIC = /^[-+]?[¥$€£]?[-+]?\d[\d,]*(\.\d+)?%?$/;
