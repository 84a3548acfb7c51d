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
  if (body?.errors?.length) {
    const first = body.errors[0]!;
    throw new ApiError(first.message, first.extensions?.code);
  }
  if (!body?.data) throw new ApiError(`服务器错误(${res.status}),请稍后重试`, "SERVER");
  return body.data;
}

export interface QueryState<R> {
  data: R | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload(): void;
}

/** Runs a query when its variables change (skipped while `skip`), keeping the last data while reloading. */
export function useQuery<R, V>(document: TypedDocumentString<R, V>, variables: V, skip = false): QueryState<R> {
  const [state, setState] = useState<{ data?: R; error?: ApiError; loading: boolean }>({ loading: !skip });
  const [tick, setTick] = useState(0);
  const key = JSON.stringify(variables);
  const latest = useRef(0);
  useEffect(() => {
    if (skip) return;
    const run = ++latest.current;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    request(document, JSON.parse(key) as V).then(
      (data) => run === latest.current && setState({ data, loading: false }),
      (error: unknown) => run === latest.current && setState((s) => ({ ...s, loading: false, error: toApiError(error) })),
    );
  }, [document, key, skip, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
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
