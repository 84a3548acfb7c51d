import { type FormEvent, useState } from "react";
import { request, toApiError, type ApiError } from "../api.ts";
import { type FieldErrorFieldsFragment, RateCaseDocument, type RatingLevel } from "../generated/graphql.ts";
import { RATING_LEVEL } from "../ops.ts";
import { useLocation } from "../router.ts";
import { ErrorBox, errorFor, Field, PayloadErrors } from "../ui.tsx";

// Stars, not emoji: every phone and the counter's PC has ★ in its CJK font.
const LEVELS: { level: RatingLevel; stars: number }[] = [
  { level: "VERY_SATISFIED", stars: 5 },
  { level: "SATISFIED", stars: 4 },
  { level: "BASICALLY_SATISFIED", stars: 3 },
  { level: "UNSATISFIED", stars: 2 },
  { level: "VERY_UNSATISFIED", stars: 1 },
];

/** 办件评价(好差评): by case number and query code, once the case is concluded; no login, no personal data. */
export function RatingPage() {
  const { query } = useLocation();
  const [caseNumber, setCaseNumber] = useState(query.get("n") ?? "");
  const [queryCode, setQueryCode] = useState("");
  const [level, setLevel] = useState<RatingLevel | null>(null);
  const [comment, setComment] = useState("");
  const [errors, setErrors] = useState<FieldErrorFieldsFragment[]>([]);
  const [missing, setMissing] = useState<{ n?: string; q?: string; l?: string }>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const m = { n: caseNumber.trim() ? undefined : "请填写办件编号", q: queryCode.trim() ? undefined : "请填写查询码", l: level ? undefined : "请选择评价" };
    setMissing(m);
    if (m.n || m.q || m.l) return;
    setBusy(true);
    setFailure(null);
    try {
      const r = (await request(RateCaseDocument, { caseNumber: caseNumber.trim(), queryCode: queryCode.trim(), level: level!, comment: comment.trim() || null })).rateCase;
      setErrors(r.errors);
      if (r.rating) setDone(RATING_LEVEL[r.rating.level] ?? r.rating.level);
    } catch (err) {
      setFailure(toApiError(err));
    } finally {
      setBusy(false);
    }
  }
  if (done) {
    return (
      <section className="card narrow" data-testid="rating-done">
        <h1>感谢您的评价</h1>
        <p>
          您对办件 {caseNumber} 的评价“{done}”已记录。{done.includes("不满意") ? "中心将在规定时限内回访并整改。" : ""}
        </p>
      </section>
    );
  }
  return (
    <section className="card narrow">
      <h1>办件评价(好差评)</h1>
      <p className="hint">办结后,凭受理通知书上的办件编号和查询码评价,每件只能评价一次。无需登录。</p>
      <form onSubmit={submit}>
        <Field label="办件编号" name="caseNumber" value={caseNumber} onChange={(v) => { setCaseNumber(v); setErrors([]); }} autoFocus error={missing.n ?? errorFor(errors, "caseNumber")} />
        <Field label="查询码" name="queryCode" value={queryCode} onChange={(v) => { setQueryCode(v); setErrors([]); }} inputMode="numeric" error={missing.q ?? errorFor(errors, "queryCode")} />
        <fieldset className={missing.l || errorFor(errors, "level") ? "invalid" : ""}>
          <legend>您对本次办事的评价</legend>
          <div className="levels" role="radiogroup" aria-label="评价">
            {LEVELS.map((l) => (
              <label key={l.level} className={`level${level === l.level ? " chosen" : ""}`}>
                <input type="radio" name="level" value={l.level} checked={level === l.level} onChange={() => setLevel(l.level)} />
                <span className={`stars stars-${l.stars}`} aria-hidden="true">
                  {"★".repeat(l.stars)}
                  <span className="off">{"★".repeat(5 - l.stars)}</span>
                </span>
                {RATING_LEVEL[l.level]}
              </label>
            ))}
          </div>
          {missing.l || errorFor(errors, "level") ? <span className="field-error">{missing.l ?? errorFor(errors, "level")}</span> : null}
        </fieldset>
        <Field label="意见建议(可不填)" name="comment" value={comment} onChange={setComment} multiline error={errorFor(errors, "comment")} hint="请勿填写身份证号、电话等个人信息" />
        <PayloadErrors errors={errors} shown={["caseNumber", "queryCode", "level", "comment"]} />
        <ErrorBox error={failure} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? "提交中…" : "提交评价"}
        </button>
      </form>
    </section>
  );
}
