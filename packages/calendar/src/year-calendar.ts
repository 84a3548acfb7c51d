import { z } from "zod";
import { type CivilDate, dayOfWeek, isCivilDate, weekdayNameZh, yearOf } from "./civil-date.ts";
import { type YearCalendarIssue, YearCalendarInvalidError } from "./errors.ts";

/** One dated entry of a year's arrangement. */
export interface CalendarDay {
  date: CivilDate;
  /** The festival the day belongs to, e.g. "春节" — shown to users. */
  name: string;
}

/**
 * One year's holiday arrangement as published by the State Council
 * (国务院办公厅关于20xx年部分节假日安排的通知).
 *
 * This is data, not rules: the rules (Mon–Fri work, holidays off, make-up
 * workdays on) live in `HolidayCalendar`. A year document is either produced
 * from `chinese-days` (`loadChineseDaysYears`) or uploaded by an administrator
 * once the next year's notice is published (`parseYearCalendar`).
 */
export interface YearCalendar {
  year: number;
  /** The notice the data was taken from, e.g. "国务院办公厅关于2026年部分节假日安排的通知(国办发明电〔2025〕7号)". */
  source: string;
  /** Days off (放假), including weekend days that fall inside a holiday period. */
  holidays: CalendarDay[];
  /** Weekend days that are working days (调休上班). */
  makeUpWorkdays: CalendarDay[];
}

// Field labels name the field both in Chinese and by its JSON key, so an
// administrator can find the mistake in the file they uploaded.
const LIST_LABELS = {
  holidays: "节假日(holidays)",
  makeUpWorkdays: "调休上班日(makeUpWorkdays)",
} as const;
type ListKey = keyof typeof LIST_LABELS;

const dayEntrySchema = z.object(
  {
    // Date validity is checked in the document-level refinement below so that
    // the message can quote the bad value and name the list and position.
    date: z.string({ error: "的日期(date)必须为文字,格式 YYYY-MM-DD" }),
    name: z
      .string({ error: "的名称(name)必须为文字" })
      .refine((s) => s.trim().length > 0, { error: "的名称(name)不能为空" }),
  },
  { error: "必须为包含日期(date)和名称(name)的对象" },
);

const yearCalendarSchema = z
  .object(
    {
      year: z
        .number({ error: "年份(year)必须为整数" })
        .int("年份(year)必须为整数")
        .min(1, "年份(year)必须在 1 至 9999 之间")
        .max(9999, "年份(year)必须在 1 至 9999 之间"),
      source: z
        .string({ error: "通知名称(source)必须为文字" })
        .refine((s) => s.trim().length > 0, { error: "通知名称(source)不能为空:请填写国务院办公厅通知的名称和文号" }),
      holidays: z
        .array(dayEntrySchema, { error: `${LIST_LABELS.holidays}必须为数组` })
        // Every year has at least 元旦; an empty list is an upload mistake that
        // would otherwise make the whole year silently "Monday–Friday".
        .min(1, `${LIST_LABELS.holidays}不能为空`),
      makeUpWorkdays: z.array(dayEntrySchema, { error: `${LIST_LABELS.makeUpWorkdays}必须为数组` }),
    },
    { error: "节假日安排必须为对象,包含 year、source、holidays、makeUpWorkdays" },
  )
  .superRefine((doc, ctx) => {
    const add = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    const seen: Record<ListKey, Map<CivilDate, number>> = { holidays: new Map(), makeUpWorkdays: new Map() };

    for (const key of ["holidays", "makeUpWorkdays"] as const) {
      doc[key].forEach((entry, i) => {
        const label = `${LIST_LABELS[key]}第${i + 1}项的日期(date)`;
        if (!isCivilDate(entry.date)) {
          add([key, i, "date"], `${label}"${entry.date}"不是 YYYY-MM-DD 格式的有效日期`);
          return;
        }
        if (yearOf(entry.date) !== doc.year) {
          add([key, i, "date"], `${label}${entry.date}不在${doc.year}年内`);
          return;
        }
        const earlier = seen[key].get(entry.date);
        if (earlier !== undefined) {
          add([key, i, "date"], `${label}${entry.date}重复(与第${earlier + 1}项相同)`);
          return;
        }
        seen[key].set(entry.date, i);
        // 调休上班 only ever turns a weekend day into a working day; a make-up
        // "workday" on a weekday is meaningless and almost surely a typo.
        if (key === "makeUpWorkdays") {
          const dow = dayOfWeek(entry.date);
          if (dow !== 0 && dow !== 6) {
            add([key, i, "date"], `${label}${entry.date}是${weekdayNameZh(entry.date)},调休上班日必须是周六或周日`);
          }
        }
      });
    }

    doc.makeUpWorkdays.forEach((entry, i) => {
      const h = seen.holidays.get(entry.date);
      if (h !== undefined && seen.makeUpWorkdays.get(entry.date) === i) {
        add(
          ["makeUpWorkdays", i, "date"],
          `${LIST_LABELS.makeUpWorkdays}第${i + 1}项的日期(date)${entry.date}同时列为${LIST_LABELS.holidays}第${h + 1}项,一天不能既放假又上班`,
        );
      }
    });
  });

function pathToString(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out === "" ? String(p) : `.${String(p)}`;
  return out;
}

/** Chinese label for the list item an issue sits in, e.g. "节假日(holidays)第3项". */
function itemPrefix(path: readonly PropertyKey[]): string {
  const [list, index] = path;
  if ((list === "holidays" || list === "makeUpWorkdays") && typeof index === "number") {
    return `${LIST_LABELS[list]}第${index + 1}项`;
  }
  return "";
}

/**
 * Validates a year document (e.g. uploaded by an administrator for a newly
 * published year) and returns it typed. Throws `YearCalendarInvalidError`
 * listing every problem with a Chinese message naming the field.
 *
 * Checks: structure and types; every date a real date inside `year`; holidays
 * non-empty and unique; make-up workdays unique and on Saturday/Sunday; no date
 * both a holiday and a make-up workday; `source` non-empty.
 */
export function parseYearCalendar(json: unknown): YearCalendar {
  const result = yearCalendarSchema.safeParse(json);
  if (result.success) return result.data;
  const issues: YearCalendarIssue[] = result.error.issues.map((issue) => {
    // Entry-level messages ("的名称(name)不能为空") are relative to their list
    // item and get its label prepended; document-level ones already name it.
    const prefix = itemPrefix(issue.path);
    const message = prefix !== "" && !issue.message.startsWith(prefix) ? prefix + issue.message : issue.message;
    return { path: pathToString(issue.path), message };
  });
  throw new YearCalendarInvalidError(issues);
}
