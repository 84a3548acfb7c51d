import { type ChangeEvent, type FormEvent, useState } from "react";
import { request, toApiError, useQuery } from "../api.ts";
import { namespaceOf, only, pick } from "../department.ts";
import {
  CancelItemDocument,
  CatalogueItemsDocument,
  type ContentFieldsFragment,
  type FieldErrorFieldsFragment,
  ImportCatalogueDocument,
  type ImportCatalogueMutation,
  ItemVersionsDocument,
  PublishDraftDocument,
  SaveDraftDocument,
} from "../generated/graphql.ts";
import { HANDLING, label, todayInShanghai, VERSION_STATUS } from "../labels.ts";
import type { Session } from "../session.ts";
import { Empty, ErrorBox, Field, Loading, PayloadErrors } from "../ui.tsx";

/** 事项目录: the department's items, their drafts and versions, publishing, cancelling and import. */
export function CataloguePage({ session }: { session: Session }) {
  const ns = namespaceOf(session.departmentId!);
  const items = useQuery(CatalogueItemsDocument, only(ns));
  const [code, setCode] = useState<string | null>(null);
  const list = items.data ? pick(items.data, ns).items : undefined;
  return (
    <div className="columns">
      <section className="card">
        <h1>事项目录 · {session.departmentName}</h1>
        {items.loading && !items.data ? <Loading /> : null}
        <ErrorBox error={items.error} />
        {list && list.length === 0 ? <Empty>本部门尚无现行有效的事项。</Empty> : null}
        <ul className="list">
          {list?.map((i) => (
            <li key={i.code}>
              <button type="button" className={`item-button${code === i.code ? " active" : ""}`} onClick={() => setCode(i.code)}>
                <strong>{i.name}</strong>
                <span className="meta">
                  {i.code} · 第 {i.version} 版 · {label(VERSION_STATUS, i.status)} · {label(HANDLING, i.handling)}
                </span>
              </button>
            </li>
          ))}
        </ul>
        <ImportForm session={session} onDone={items.reload} />
      </section>
      {code ? <ItemEditor key={code} code={code} session={session} onChanged={items.reload} /> : <section className="card"><Empty>选择左侧事项查看版本、编辑草稿或发布。</Empty></section>}
    </div>
  );
}

type Version = { version: number; status: string; effectiveFrom?: string | null; publishedAt?: string | null; content: ContentFieldsFragment };

const FIELD_NAMES: Record<string, string> = {
  name: "事项名称",
  kind: "事项类型",
  handling: "办件类型",
  legalBasis: "设定依据",
  conditions: "申报条件",
  steps: "办事程序",
  statutoryDays: "法定期限",
  promisedDays: "承诺期限",
  clockStoppingProcedures: "特别程序",
  materials: "申报材料",
  fees: "收费标准",
  acceptingTiers: "受理层级",
  decidingTier: "决定层级",
  coDepartments: "协办部门",
  contacts: "咨询投诉",
  appeal: "救济途径",
};

/** Top-level fields whose content differs between two versions. */
function differences(a: ContentFieldsFragment, b: ContentFieldsFragment) {
  return Object.keys(FIELD_NAMES)
    .filter((k) => JSON.stringify(a[k as keyof ContentFieldsFragment]) !== JSON.stringify(b[k as keyof ContentFieldsFragment]))
    .map((k) => ({ field: k, before: a[k as keyof ContentFieldsFragment], after: b[k as keyof ContentFieldsFragment] }));
}

/** The API answers absent optional fields as null; the input wants them left out. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)]));
  return value;
}

const show = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : JSON.stringify(v, null, 1));

function ItemEditor({ code, session, onChanged }: { code: string; session: Session; onChanged(): void }) {
  const ns = namespaceOf(session.departmentId!);
  const versions = useQuery(ItemVersionsDocument, { code, ...only(ns) });
  const all: Version[] = versions.data ? pick(versions.data, ns).versions : [];
  const draft = all.find((v) => v.status === "DRAFT");
  const current = [...all].reverse().find((v) => v.status === "PUBLISHED") ?? all.find((v) => v.status !== "DRAFT");
  const [text, setText] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrorFieldsFragment[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<Error | null>(null);
  const [effectiveFrom, setEffectiveFrom] = useState(todayInShanghai());
  const [cancelReason, setCancelReason] = useState("");
  const editing = text ?? (draft ?? current ? JSON.stringify(withoutNulls(draft?.content ?? current?.content), null, 2) : "");

  async function act(run: () => Promise<{ errors: FieldErrorFieldsFragment[] }>, ok: string) {
    setFailure(null);
    setMessage(null);
    try {
      const r = await run();
      setErrors(r.errors);
      if (r.errors.length === 0) {
        setMessage(ok);
        setText(null);
        versions.reload();
        onChanged();
      }
    } catch (err) {
      setFailure(toApiError(err));
    }
  }
  async function save(e: FormEvent) {
    e.preventDefault();
    let input: Record<string, unknown>;
    try {
      input = withoutNulls(JSON.parse(editing)) as Record<string, unknown>;
    } catch {
      setErrors([{ code: "INVALID_JSON", message: "草稿不是有效的 JSON", field: "document", itemCode: null, index: null }]);
      return;
    }
    await act(async () => pick((await request(SaveDraftDocument, { input: input as never, ...only(ns) })), ns).saveDraft, "草稿已保存");
  }
  if (versions.loading && !versions.data) return <section className="card"><Loading /></section>;
  return (
    <section className="card">
      <h2>{code} 的版本</h2>
      <ErrorBox error={versions.error} />
      <table className="table">
        <thead>
          <tr>
            <th>版本</th>
            <th>状态</th>
            <th>生效日期</th>
            <th>发布时间</th>
          </tr>
        </thead>
        <tbody>
          {all.map((v) => (
            <tr key={v.version}>
              <td>第 {v.version} 版</td>
              <td>{label(VERSION_STATUS, v.status)}</td>
              <td>{v.effectiveFrom ?? "—"}</td>
              <td>{v.publishedAt?.slice(0, 16).replace("T", " ") ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {draft && current ? (
        <>
          <h3>草稿与现行版本的差异</h3>
          {differences(current.content, draft.content).length === 0 ? (
            <Empty>草稿与现行版本内容相同。</Empty>
          ) : (
            <table className="table diff" data-testid="diff">
              <thead>
                <tr>
                  <th>字段</th>
                  <th>现行第 {current.version} 版</th>
                  <th>草稿</th>
                </tr>
              </thead>
              <tbody>
                {differences(current.content, draft.content).map((d) => (
                  <tr key={d.field}>
                    <td>{FIELD_NAMES[d.field]}</td>
                    <td className="before">{show(d.before)}</td>
                    <td className="after">{show(d.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : null}
      <form onSubmit={save}>
        <div className="field">
          <label htmlFor="draft">{draft ? "编辑草稿" : "基于现行版本新建草稿"}(事项内容 JSON)</label>
          <textarea id="draft" className="code" rows={14} value={editing} onChange={(e) => setText(e.target.value)} spellCheck={false} />
        </div>
        <PayloadErrors errors={errors} />
        <ErrorBox error={failure} />
        {message ? <p className="ok" role="status">{message}</p> : null}
        <div className="actions">
          <button type="submit">保存草稿</button>
        </div>
      </form>
      <div className="grid2">
        <form
          className="action"
          onSubmit={(e) => {
            e.preventDefault();
            void act(async () => pick(await request(PublishDraftDocument, { code, effectiveFrom, ...only(ns) }), ns).publish, "已发布");
          }}
        >
          <h3>发布草稿</h3>
          <Field label="生效日期" type="date" value={effectiveFrom} onChange={setEffectiveFrom} />
          <button type="submit" className="primary" disabled={!draft}>
            发布
          </button>
        </form>
        <form
          className="action"
          onSubmit={(e) => {
            e.preventDefault();
            void act(async () => pick(await request(CancelItemDocument, { code, effectiveFrom, reason: cancelReason, ...only(ns) }), ns).cancel, "事项已取消");
          }}
        >
          <h3>取消事项</h3>
          <Field label="取消原因" value={cancelReason} onChange={setCancelReason} required />
          <button type="submit" className="danger">
            自生效日期起取消
          </button>
        </form>
      </div>
    </section>
  );
}

type ImportResult = NonNullable<ImportCatalogueMutation["market"]>["importCatalogue"];

/** 批量导入: a whole catalogue file; any error rejects it, every error is listed by item and field. */
function ImportForm({ session, onDone }: { session: Session; onDone(): void }) {
  const ns = namespaceOf(session.departmentId!);
  const [document, setDocument] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  async function readFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setDocument(await file.text());
  }
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const r = pick(await request(ImportCatalogueDocument, { document, ...only(ns) }), ns).importCatalogue;
      setResult(r);
      if (r.errors.length === 0) onDone();
    } catch (err) {
      setFailure(toApiError(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="action" onSubmit={submit}>
      <h2>导入目录文件</h2>
      <div className="field">
        <label htmlFor="catalogue-file">目录文件(JSON:事项数组或 {"{ \"items\": [...] }"})</label>
        <input id="catalogue-file" type="file" accept=".json,application/json" onChange={readFile} />
        {fileName ? <span className="hint">已读取 {fileName}</span> : null}
      </div>
      <button type="submit" className="primary" disabled={busy || !document}>
        {busy ? "导入中…" : "导入"}
      </button>
      <ErrorBox error={failure} />
      {result && result.errors.length > 0 ? (
        <>
          <p className="error-box" role="alert">
            文件有 {result.errors.length} 处错误,整份文件未导入。请逐项改正后重新导入:
          </p>
          <table className="table errors" data-testid="import-errors">
            <thead>
              <tr>
                <th>第几项</th>
                <th>事项编码</th>
                <th>字段</th>
                <th>错误</th>
              </tr>
            </thead>
            <tbody>
              {result.errors.map((e, i) => (
                <tr key={i}>
                  <td>{e.index == null ? "—" : e.index + 1}</td>
                  <td>{e.itemCode ?? "—"}</td>
                  <td>
                    <code>{e.field ?? "—"}</code>
                  </td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {result && result.errors.length === 0 ? (
        <p className="ok" role="status">
          导入成功:新建 {result.created.length} 项,更新 {result.updated.length} 项,未变 {result.unchanged.length} 项。
        </p>
      ) : null}
    </form>
  );
}
