import { useQuery } from "../api.ts";
import { Link } from "../app.tsx";
import { NextHolidayYearReminderDocument } from "../generated/graphql.ts";

/**
 * The city centre's reminder to load next year's holiday arrangement (issue 12, Must 4). The server
 * decides whether it is due (from 1 November, city centre managers, year not loaded) and answers null
 * otherwise, so the banner disappears the moment the year is loaded; nothing is guessed here.
 */
export function NextYearReminderBanner({ onOpenCalendar }: { onOpenCalendar?: () => void }) {
  const { data } = useQuery(NextHolidayYearReminderDocument, {});
  const text = data?.nextHolidayYearReminder;
  if (!text) return null;
  return (
    <div className="notice-line" role="status" data-testid="next-year-reminder">
      <strong>提示:</strong>
      {text}{" "}
      {onOpenCalendar ? (
        <button type="button" className="link" onClick={onOpenCalendar}>
          前往节假日载入
        </button>
      ) : (
        <Link to="/manager?tab=calendar">前往节假日载入</Link>
      )}
    </div>
  );
}
