import { describe, expect, it } from "vitest";
import { CalendarErrorCode, YearCalendarInvalidError } from "./errors.ts";
import { HolidayCalendar } from "./holiday-calendar.ts";
import { parseYearCalendar } from "./year-calendar.ts";

// A made-up 2027 document in the shape an administrator uploads once the State
// Council publishes the next year's notice. (Dates are illustrative, not the
// real 2027 arrangement, which is not used anywhere in this package.)
// 2027-01-01 is a Friday; 2027-02-06 a Saturday; 2027-02-07 a Sunday.
const valid2027 = {
  year: 2027,
  source: "国务院办公厅关于2027年部分节假日安排的通知(测试数据)",
  holidays: [
    { date: "2027-01-01", name: "元旦" },
    { date: "2027-01-02", name: "元旦" },
    { date: "2027-01-03", name: "元旦" },
  ],
  makeUpWorkdays: [{ date: "2027-02-06", name: "春节" }],
};

function issuesOf(doc: unknown): { path: string; message: string }[] {
  try {
    parseYearCalendar(doc);
  } catch (e) {
    expect(e).toBeInstanceOf(YearCalendarInvalidError);
    expect((e as YearCalendarInvalidError).code).toBe(CalendarErrorCode.YEAR_CALENDAR_INVALID);
    return [...(e as YearCalendarInvalidError).issues];
  }
  throw new Error("expected the document to be rejected");
}

describe("parseYearCalendar — loading a newly published year", () => {
  it("accepts a well-formed document, and the calendar then covers that year", () => {
    const doc = parseYearCalendar(valid2027);
    expect(doc).toEqual(valid2027);
    const calendar = new HolidayCalendar([doc]);
    expect(calendar.covers("2027-06-01")).toBe(true);
    expect(calendar.isWorkingDay("2027-01-01")).toBe(false); // holiday (a Friday)
    expect(calendar.isWorkingDay("2027-02-06")).toBe(true); // make-up Saturday
    expect(calendar.sourceOf(2027)).toBe(valid2027.source);
  });

  it("requires a non-empty source (the notice name)", () => {
    expect(issuesOf({ ...valid2027, source: "  " })).toEqual([
      { path: "source", message: "通知名称(source)不能为空:请填写国务院办公厅通知的名称和文号" },
    ]);
  });

  it("requires every date to be a real YYYY-MM-DD date inside the year", () => {
    expect(
      issuesOf({
        ...valid2027,
        holidays: [...valid2027.holidays, { date: "2027-02-30", name: "春节" }, { date: "2026-12-31", name: "元旦" }],
      }),
    ).toEqual([
      { path: "holidays[3].date", message: '节假日(holidays)第4项的日期(date)"2027-02-30"不是 YYYY-MM-DD 格式的有效日期' },
      { path: "holidays[4].date", message: "节假日(holidays)第5项的日期(date)2026-12-31不在2027年内" },
    ]);
  });

  it("requires holidays to be unique and non-empty", () => {
    expect(issuesOf({ ...valid2027, holidays: [...valid2027.holidays, { date: "2027-01-02", name: "元旦" }] })).toEqual([
      { path: "holidays[3].date", message: "节假日(holidays)第4项的日期(date)2027-01-02重复(与第2项相同)" },
    ]);
    expect(issuesOf({ ...valid2027, holidays: [] })).toEqual([{ path: "holidays", message: "节假日(holidays)不能为空" }]);
  });

  it("requires make-up workdays to fall on Saturday or Sunday", () => {
    expect(issuesOf({ ...valid2027, makeUpWorkdays: [{ date: "2027-02-08", name: "春节" }] })).toEqual([
      {
        path: "makeUpWorkdays[0].date",
        message: "调休上班日(makeUpWorkdays)第1项的日期(date)2027-02-08是周一,调休上班日必须是周六或周日",
      },
    ]);
  });

  it("refuses a date that is both a holiday and a make-up workday", () => {
    // 2027-01-02 is a Saturday, so only the clash is reported.
    expect(issuesOf({ ...valid2027, makeUpWorkdays: [{ date: "2027-01-02", name: "元旦" }] })).toEqual([
      {
        path: "makeUpWorkdays[0].date",
        message: "调休上班日(makeUpWorkdays)第1项的日期(date)2027-01-02同时列为节假日(holidays)第2项,一天不能既放假又上班",
      },
    ]);
  });

  it("names the field on type errors", () => {
    expect(
      issuesOf({ year: "2027", source: 1, holidays: [{ date: 20270101, name: "" }], makeUpWorkdays: [{}] }),
    ).toEqual([
      { path: "year", message: "年份(year)必须为整数" },
      { path: "source", message: "通知名称(source)必须为文字" },
      { path: "holidays[0].date", message: "节假日(holidays)第1项的日期(date)必须为文字,格式 YYYY-MM-DD" },
      { path: "holidays[0].name", message: "节假日(holidays)第1项的名称(name)不能为空" },
      { path: "makeUpWorkdays[0].date", message: "调休上班日(makeUpWorkdays)第1项的日期(date)必须为文字,格式 YYYY-MM-DD" },
      { path: "makeUpWorkdays[0].name", message: "调休上班日(makeUpWorkdays)第1项的名称(name)必须为文字" },
    ]);
    expect(issuesOf("2027")).toEqual([
      { path: "", message: "节假日安排必须为对象,包含 year、source、holidays、makeUpWorkdays" },
    ]);
  });

  it("the error message lists every issue in Chinese", () => {
    expect(() => parseYearCalendar({ ...valid2027, source: "", holidays: [] })).toThrow(
      "节假日安排数据有误:通知名称(source)不能为空:请填写国务院办公厅通知的名称和文号;节假日(holidays)不能为空",
    );
  });
});
