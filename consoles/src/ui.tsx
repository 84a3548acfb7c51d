import { type ReactNode, useId } from "react";
import type { ApiError } from "./api.ts";
import type { ClockLightFieldsFragment } from "./generated/graphql.ts";

export interface FieldErrorLike {
  code: string;
  message: string;
  field?: string | null;
  itemCode?: string | null;
  index?: number | null;
}

export function Loading({ text = "正在加载…" }: { text?: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      {text}
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

export function ErrorBox({ error }: { error: ApiError | Error | string | undefined | null }) {
  if (!error) return null;
  return (
    <div className="error-box" role="alert">
      {typeof error === "string" ? error : error.message}
    </div>
  );
}

/** Errors of a payload that no field on the page claims, listed at the top of the form. */
export function PayloadErrors({ errors, shown = [] }: { errors: readonly FieldErrorLike[] | undefined; shown?: string[] }) {
  const rest = (errors ?? []).filter((e) => !e.field || !shown.includes(e.field));
  if (rest.length === 0) return null;
  return (
    <ul className="error-box" role="alert">
      {rest.map((e, i) => (
        // The message names the field in words; the API's field path is for the machine, never printed.
        <li key={i} data-field={e.field ?? undefined}>
          {e.message}
        </li>
      ))}
    </ul>
  );
}

/** A labelled input with its hint and the API's or the validator's error right under it. */
export function Field(props: {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | null;
  hint?: string;
  type?: string;
  required?: boolean;
  placeholder?: string;
  name?: string;
  autoFocus?: boolean;
  multiline?: boolean;
  inputMode?: "numeric" | "text" | "tel";
}) {
  const id = useId();
  const common = {
    id,
    name: props.name,
    value: props.value,
    required: props.required,
    placeholder: props.placeholder,
    autoFocus: props.autoFocus,
    "aria-invalid": props.error ? true : undefined,
    "aria-describedby": props.error ? `${id}-err` : undefined,
  };
  return (
    <div className={`field${props.error ? " invalid" : ""}`}>
      <label htmlFor={id}>
        {props.label}
        {props.required ? <span className="req">*</span> : null}
      </label>
      {props.multiline ? (
        <textarea {...common} rows={3} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input {...common} type={props.type ?? "text"} inputMode={props.inputMode} onChange={(e) => props.onChange(e.target.value)} />
      )}
      {props.error ? (
        <span className="field-error" id={`${id}-err`} role="alert">
          {props.error}
        </span>
      ) : props.hint ? (
        <span className="hint">{props.hint}</span>
      ) : null}
    </div>
  );
}

/**
 * (暂定): the date runs through a year whose State Council arrangement is not loaded, so it was counted
 * by the statutory holidays alone and may move when the year is loaded (issue 12, Must 2).
 */
export function ProvisionalMark({ on }: { on: boolean | null | undefined }) {
  return on ? (
    <span className="hint provisional" title="期限暂按法定节假日计算,以国务院公布的节假日安排为准">
      (暂定)
    </span>
  ) : null;
}

export function Select(props: { label: string; value: string; onChange(v: string): void; options: { value: string; label: string }[]; error?: string | null; name?: string }) {
  const id = useId();
  return (
    <div className={`field${props.error ? " invalid" : ""}`}>
      <label htmlFor={id}>{props.label}</label>
      <select id={id} name={props.name} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {props.error ? <span className="field-error">{props.error}</span> : null}
    </div>
  );
}

type ClockLight = Pick<ClockLightFieldsFragment, "part" | "kind" | "light" | "remainingWorkingDays" | "yellowWithinDays">;
const SEVERITY = { RED: 2, YELLOW: 1, GREEN: 0 } as const;
const LIGHT_TEXT = { RED: "红灯 已超期", YELLOW: "黄灯 临近期限", GREEN: "绿灯 正常" } as const;
const CLOCK_KIND: Record<string, string> = { DEADLINE: "办结期限", NOTICE: "一次性告知期限", LICENCE: "证照送达期限", FORWARD: "初审上报期限" };

/**
 * The light the centre computes (its oversight settings, its calendar) — never a guess in the browser,
 * so the clerk, the approver and the supervisor see the same colour. `part` picks a joint or tier
 * part's clock ("P1" …), "" the case's own; of several clocks the most urgent is shown. No running
 * clock (a concluded case) shows no light.
 */
export function Light({ clocks, part = "", suspended }: { clocks: readonly ClockLight[] | null | undefined; part?: string; suspended?: boolean }) {
  if (suspended) return <span className="light light-paused">暂停计时</span>;
  const mine = (clocks ?? []).filter((c) => c.part === part);
  const worst = mine.sort((a, b) => SEVERITY[b.light] - SEVERITY[a.light] || a.remainingWorkingDays - b.remainingWorkingDays)[0];
  if (!worst) return <span className="light light-none">—</span>;
  const left = worst.remainingWorkingDays < 0 ? `超期 ${-worst.remainingWorkingDays} 个工作日` : worst.remainingWorkingDays === 0 ? "今日到期" : `剩 ${worst.remainingWorkingDays} 个工作日`;
  return (
    <span className={`light light-${worst.light.toLowerCase()}`} title={`黄灯阈值:到期前 ${worst.yellowWithinDays} 个工作日内`} data-light={worst.light}>
      {LIGHT_TEXT[worst.light]}
      <small>
        {" "}
        · {CLOCK_KIND[worst.kind] ?? "期限"}{left}(黄灯阈值 {worst.yellowWithinDays} 个工作日)
      </small>
    </span>
  );
}

/** The message of the first error naming `field`. */
export const errorFor = (errors: readonly FieldErrorLike[] | undefined, field: string) => errors?.find((e) => e.field === field)?.message ?? null;

/** A row of tabs (role="tablist"); the chosen one is marked for screen readers too. */
export function Tabs<K extends string>({ tabs, value, onChange }: { tabs: readonly (readonly [K, string])[]; value: K; onChange(key: K): void }) {
  return (
    <div className="tabs" role="tablist">
      {tabs.map(([key, text]) => (
        <button key={key} type="button" role="tab" aria-selected={value === key} className={value === key ? "active" : ""} onClick={() => onChange(key)}>
          {text}
        </button>
      ))}
    </div>
  );
}
