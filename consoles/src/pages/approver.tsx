import { type FormEvent, useState } from "react";
import { navigate } from "../router.ts";
import { Field } from "../ui.tsx";

/**
 * 审批决定: the approver opens a case by its id (the window's case page shows it and links here).
 * A queue of the department's cases waiting for a decision needs an API the centre does not offer yet.
 */
export function ApproverPage() {
  const [id, setId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!/^[0-9a-f-]{36}$/i.test(id.trim())) return setError("办件ID为36位(见窗口办件页面“办件ID”)");
    navigate(`/case/${id.trim()}`);
  };
  return (
    <section className="card narrow">
      <h1>审批决定</h1>
      <p className="hint">输入窗口转来的办件ID,打开办件后作出准予或不予许可的决定,并制发证照。</p>
      <form onSubmit={submit}>
        <Field label="办件ID" name="caseId" value={id} onChange={setId} error={error} autoFocus required />
        <button type="submit" className="primary">
          打开办件
        </button>
      </form>
    </section>
  );
}
