import { type FormEvent, useState } from "react";
import { request, toApiError } from "../api.ts";
import { Link } from "../app.tsx";
import { SearchCasesDocument, type SearchCasesQuery } from "../generated/graphql.ts";
import { CASE_STATE, label } from "../labels.ts";
import { navigate } from "../router.ts";
import { Empty, ErrorBox, Field } from "../ui.tsx";

/**
 * 办件检索: a case by the number printed on its notices, or by the applicant's name or mobile number —
 * never by an internal id. One match opens it; several are listed. The server answers only the
 * cases the caller may see.
 */
export function CaseSearch() {
  const [text, setText] = useState("");
  const [found, setFound] = useState<SearchCasesQuery["searchCases"] | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failure, setFailure] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (text.trim().length < 2) return setFieldError("请输入办件编号、申请人姓名或手机号码");
    setFieldError(null);
    setFailure(null);
    setBusy(true);
    try {
      const r = (await request(SearchCasesDocument, { text: text.trim() })).searchCases;
      if (r.length === 1) navigate(`/case/${r[0]!.id}`);
      else setFound(r);
    } catch (err) {
      setFailure(toApiError(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="card narrow">
      <h2>办件检索</h2>
      <form onSubmit={submit} aria-label="办件检索">
        <Field label="办件编号、申请人姓名或手机号码" name="caseSearch" value={text} onChange={setText} error={fieldError} hint="如 320213-2026-000001;姓名与手机号码须完整" />
        <ErrorBox error={failure} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? "检索中…" : "打开办件"}
        </button>
      </form>
      {found && found.length === 0 ? <Empty>没有找到您可查看的办件,请核对办件编号或申请人信息。</Empty> : null}
      {found && found.length > 1 ? (
        <ul className="list" data-testid="search-results">
          {found.map((c) => (
            <li key={c.id}>
              <Link to={`/case/${c.id}`}>{c.caseNumber}</Link> {c.itemName} · {c.applicant.name} · {c.centre.name} · {label(CASE_STATE, c.state)} · 收件 {c.receivedOn}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
