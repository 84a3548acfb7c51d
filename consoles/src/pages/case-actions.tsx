import { type FormEvent, type ReactNode, useState } from "react";
import { request, toApiError } from "../api.ts";
import { DecideCaseDocument, type DecisionOutcome, type FieldErrorFieldsFragment, IssueLicenceDocument, type SpecialProcedure, SuspendClockDocument } from "../generated/graphql.ts";
import { PROCEDURE } from "../labels.ts";
import { ErrorBox, errorFor, Field, PayloadErrors, Select } from "../ui.tsx";

export type Payload = { errors: FieldErrorFieldsFragment[] };

/** One transition as a small form: its inputs, its errors next to them, and the rest above the button. */
export function Action({
  title,
  submitText,
  run,
  onDone,
  children,
  fields = [],
}: {
  title: string;
  submitText: string;
  run(): Promise<Payload>;
  onDone(): void;
  children?: (errors: FieldErrorFieldsFragment[]) => ReactNode;
  fields?: string[];
}) {
  const [errors, setErrors] = useState<FieldErrorFieldsFragment[]>([]);
  const [failure, setFailure] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const payload = await run();
      setErrors(payload.errors);
      if (payload.errors.length === 0) onDone();
    } catch (err) {
      setFailure(toApiError(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="action" onSubmit={submit} aria-label={title}>
      <h3>{title}</h3>
      {children?.(errors)}
      <PayloadErrors errors={errors} shown={fields} />
      <ErrorBox error={failure} />
      <button type="submit" className="primary" disabled={busy}>
        {busy ? "提交中…" : submitText}
      </button>
    </form>
  );
}

export function SuspendForm({ caseId, procedures, onDone, partId, title = "特别程序(暂停计时)" }: { caseId: string; procedures: SpecialProcedure[]; onDone(): void; partId?: string; title?: string }) {
  const [procedure, setProcedure] = useState<SpecialProcedure>(procedures[0]!);
  const [days, setDays] = useState("5");
  const [reason, setReason] = useState("");
  return (
    <Action
      title={title}
      submitText="开始特别程序"
      onDone={onDone}
      fields={["expectedDays", "reason", "procedure"]}
      run={async () => (await request(SuspendClockDocument, { caseId, input: { partId: partId ?? null, procedure, expectedDays: Number(days) || 0, reason } })).suspendClock}
    >
      {(errors) => (
        <div className="grid2">
          <Select label="特别程序" value={procedure} onChange={(v) => setProcedure(v as SpecialProcedure)} options={procedures.map((p) => ({ value: p, label: PROCEDURE[p] ?? p }))} error={errorFor(errors, "procedure")} />
          <Field label="预计工作日" value={days} onChange={setDays} inputMode="numeric" error={errorFor(errors, "expectedDays")} />
          <Field label="原因(告知申请人)" value={reason} onChange={setReason} required error={errorFor(errors, "reason")} />
          {/* The same rule, in the same words, as the 特别程序告知书 and the clock's steps (docs/cases.md). */}
          <p className="hint">暂停日期为今日:暂停当日仍计入期限,自次日起暂停计时;恢复当日不计入期限,自恢复次日起继续计时。</p>
        </div>
      )}
    </Action>
  );
}

export function DecideForm({ caseId, onDone }: { caseId: string; onDone(): void }) {
  const [outcome, setOutcome] = useState<DecisionOutcome>("APPROVED");
  const [reasons, setReasons] = useState("");
  return (
    <Action
      title="审批决定"
      submitText="作出决定"
      onDone={onDone}
      fields={["reasons", "validUntil"]}
      run={async () =>
        (
          await request(DecideCaseDocument, {
            caseId,
            input: { outcome, reasons: reasons || null, licence: null },
          })
        ).decideCase
      }
    >
      {(errors) => (
        <div className="grid2">
          <Select
            label="决定"
            name="outcome"
            value={outcome}
            onChange={(v) => setOutcome(v as DecisionOutcome)}
            options={[
              { value: "APPROVED", label: "准予许可" },
              { value: "REFUSED", label: "不予许可(须写明理由)" },
            ]}
          />
          <Field label={outcome === "REFUSED" ? "不予许可的理由" : "说明(可选)"} name="reasons" value={reasons} onChange={setReasons} multiline required={outcome === "REFUSED"} error={errorFor(errors, "reasons")} />
        </div>
      )}
    </Action>
  );
}

export function LicenceForm({ caseId, onDone, title = "制发证照", submitText = "制证并办结" }: { caseId: string; onDone(): void; title?: string; submitText?: string }) {
  const [validUntil, setValidUntil] = useState("");
  return (
    <Action
      title={title}
      submitText={submitText}
      onDone={onDone}
      fields={["validUntil", "validFrom"]}
      run={async () => (await request(IssueLicenceDocument, { caseId, input: validUntil ? { validUntil } : null })).issueLicence}
    >
      {(errors) => <Field label="有效期至(长期有效可不填)" name="validUntil" type="date" value={validUntil} onChange={setValidUntil} error={errorFor(errors, "validUntil")} />}
    </Action>
  );
}
