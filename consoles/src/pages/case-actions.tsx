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

/** What a decision will set in motion, said before it is made (it cannot be taken back). */
export function decisionConsequences(outcome: DecisionOutcome, { hasFees, licensing }: { hasFees?: boolean; licensing: boolean }): string[] {
  if (outcome === "REFUSED") {
    return [
      "出具不予行政许可决定书,写明理由,并告知申请人申请行政复议或者提起行政诉讼的权利(《行政许可法》第三十八条)",
      "办件即告办结,不收取任何费用",
    ];
  }
  return [
    "作出准予行政许可决定,决定一经作出不能撤回",
    hasFees === undefined
      ? "事项有收费标准的,由受理窗口开具缴费通知,缴清后方可制证办结"
      : hasFees
        ? "本事项有收费标准:由受理窗口开具缴费通知,申请人到收费窗口缴清后方可制证办结"
        : "本事项不收费",
    licensing ? "随后制发证照并办结(《行政许可法》第四十四条:十日内颁发、送达)" : "随后办结",
  ];
}

/**
 * 审批决定: no outcome is preselected (a click must never grant a licence by default), and the
 * decision is made only after the approver has read what it will do and confirmed.
 */
export function DecideForm({ caseId, onDone, hasFees, licensing = true }: { caseId: string; onDone(): void; hasFees?: boolean; licensing?: boolean }) {
  const [outcome, setOutcome] = useState<DecisionOutcome | "">("");
  const [reasons, setReasons] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [unchosen, setUnchosen] = useState(false);
  const [errors, setErrors] = useState<FieldErrorFieldsFragment[]>([]);
  const [failure, setFailure] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!outcome) {
      setUnchosen(true);
      return;
    }
    if (!confirming) {
      setConfirming(true);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const payload = (await request(DecideCaseDocument, { caseId, input: { outcome, reasons: reasons || null, licence: null } })).decideCase;
      setErrors(payload.errors);
      setConfirming(false);
      if (payload.errors.length === 0) onDone();
    } catch (err) {
      setFailure(toApiError(err));
    } finally {
      setBusy(false);
    }
  }
  const pick = (value: DecisionOutcome) => {
    setOutcome(value);
    setUnchosen(false);
    setConfirming(false);
  };
  return (
    <form className="action" onSubmit={submit} aria-label="审批决定">
      <h3>审批决定</h3>
      <fieldset className="radios" aria-label="决定">
        <legend>决定(须选择)</legend>
        <label>
          <input type="radio" name="outcome" value="APPROVED" checked={outcome === "APPROVED"} onChange={() => pick("APPROVED")} /> 准予许可
        </label>
        <label>
          <input type="radio" name="outcome" value="REFUSED" checked={outcome === "REFUSED"} onChange={() => pick("REFUSED")} /> 不予许可(须写明理由)
        </label>
        {unchosen ? (
          <span className="field-error" role="alert">
            请先选择准予许可或不予许可。
          </span>
        ) : null}
      </fieldset>
      <Field
        label={outcome === "REFUSED" ? "不予许可的理由" : "说明(可选)"}
        name="reasons"
        value={reasons}
        onChange={(v) => {
          setReasons(v);
          setConfirming(false);
        }}
        multiline
        required={outcome === "REFUSED"}
        error={errorFor(errors, "reasons")}
      />
      {confirming && outcome ? (
        <div className="confirm" role="alertdialog" aria-label="确认审批决定">
          <p>
            <strong>确认作出「{outcome === "APPROVED" ? "准予许可" : "不予许可"}」决定?</strong>提交后将:
          </p>
          <ul>
            {decisionConsequences(outcome, { hasFees, licensing }).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <button type="button" onClick={() => setConfirming(false)}>
            返回修改
          </button>
        </div>
      ) : null}
      <PayloadErrors errors={errors} shown={["reasons", "validUntil"]} />
      <ErrorBox error={failure} />
      <button type="submit" className="primary" disabled={busy}>
        {busy ? "提交中…" : confirming ? "确认作出决定" : "作出决定"}
      </button>
    </form>
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
