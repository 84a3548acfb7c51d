/** The calendar date in Asia/Shanghai of an instant, as YYYY-MM-DD: the law's days are Beijing days. */
export function shanghaiDate(instant: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}
