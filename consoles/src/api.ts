import { useCallback, useEffect, useRef, useState } from "react";
import type { TypedDocumentString } from "./generated/graphql.ts";
import { clearSession, currentSession } from "./session.ts";

/** A failure the caller could not have prevented (network, 401, GraphQL error): shown as one message. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** Every call goes to the gateway's /graphql on this origin, with the session's token if any. */
export async function request<R, V>(document: TypedDocumentString<R, V>, variables?: V): Promise<R> {
  return (await requestAnswer(document, variables, false)).data;
}

/**
 * The gateway's answer with the errors of the fields it could not resolve (a department that is down):
 * `data` is what the schema's nullability let through, `errors` the messages of what is missing.
 * With `partial` false any error fails the whole call (mutations, and queries that need all of it).
 */
async function requestAnswer<R, V>(document: TypedDocumentString<R, V>, variables: V | undefined, partial: boolean): Promise<{ data: R; errors: ApiError[] }> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  const session = currentSession();
  if (session) headers.authorization = `Bearer ${session.token}`;
  let res: Response;
  try {
    res = await fetch("/graphql", { method: "POST", headers, body: JSON.stringify({ query: document.toString(), variables }) });
  } catch {
    throw new ApiError("无法连接服务器,请检查网络后重试", "NETWORK");
  }
  const body = (await res.json().catch(() => null)) as { data?: R; errors?: { message: string; extensions?: { code?: string } }[] } | null;
  if (res.status === 401) {
    clearSession();
    throw new ApiError(body?.errors?.[0]?.message ?? "登录凭证无效,请重新登录", "UNAUTHENTICATED");
  }
  const errors = (body?.errors ?? []).map((e) => new ApiError(e.message, e.extensions?.code));
  if (errors.length && !(partial && body?.data)) throw errors[0]!;
  if (!body?.data) throw new ApiError(`服务器错误(${res.status}),请稍后重试`, "SERVER");
  return { data: body.data, errors };
}

export interface QueryState<R> {
  data: R | undefined;
  error: ApiError | undefined;
  loading: boolean;
  /** With `partial`: the errors of the fields missing from `data` (e.g. a department that is down). */
  missing: ApiError[];
  reload(): void;
}

export interface QueryOptions {
  /** Keep the data the gateway could answer when some fields failed (degrade, don't blank). */
  partial?: boolean;
}

/** Runs a query when its variables change (skipped while `skip`), keeping the last data while reloading. */
export function useQuery<R, V>(document: TypedDocumentString<R, V>, variables: V, skip = false, options: QueryOptions = {}): QueryState<R> {
  const [state, setState] = useState<{ data?: R; error?: ApiError; missing?: ApiError[]; loading: boolean }>({ loading: !skip });
  const partial = options.partial ?? false;
  const [tick, setTick] = useState(0);
  const key = JSON.stringify(variables);
  const latest = useRef(0);
  useEffect(() => {
    if (skip) return;
    const run = ++latest.current;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    requestAnswer(document, JSON.parse(key) as V, partial).then(
      ({ data, errors }) => run === latest.current && setState({ data, missing: errors, loading: false }),
      (error: unknown) => run === latest.current && setState((s) => ({ ...s, loading: false, error: toApiError(error) })),
    );
  }, [document, key, skip, tick, partial]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, missing: state.missing ?? [], reload };
}

export function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(error instanceof Error ? error.message : String(error));
}

/** Opens a notice's PDF (base64 from the API) in a new tab, or downloads it when pop-ups are blocked. */
export function openPdf(pdfBase64: string, fileName: string): void {
  const bytes = Uint8Array.from(atob(pdfBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: "application/pdf" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.target = "_blank";
  link.rel = "noopener";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
