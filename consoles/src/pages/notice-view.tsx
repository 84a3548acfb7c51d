import { useState } from "react";
import { openPdf, request, toApiError } from "../api.ts";
import { NoticePdfDocument } from "../generated/graphql.ts";
import { ErrorBox } from "../ui.tsx";

interface NoticeLike {
  id: string;
  title: string;
  number: string;
  issuedOn: string;
  paragraphs: string[];
  lists: { heading: string; items: string[] }[];
  addressee?: string | null;
  closing?: string[];
}

/**
 * A written notice as the applicant receives it, laid out as its PDF: the addressee, the body, the
 * lists, then the closing that refers to them; with the PDF (from the API) to print or download.
 */
export function NoticeView({ notice, caseId, pdfBase64 }: { notice: NoticeLike; caseId: string; pdfBase64?: string }) {
  const [error, setError] = useState<Error | null>(null);
  // `paragraphs` ends with the closing ones; the PDF prints those after the lists, and so does the screen.
  const closing = notice.closing ?? [];
  const body = notice.paragraphs.slice(0, notice.paragraphs.length - closing.length);
  async function pdf() {
    setError(null);
    try {
      const base64 =
        pdfBase64 ?? (await request(NoticePdfDocument, { id: caseId })).case?.notices.find((n) => n.id === notice.id)?.pdfBase64;
      if (!base64) throw new Error("未找到该通知书的 PDF");
      openPdf(base64, `${notice.title}-${notice.number}.pdf`);
    } catch (err) {
      setError(toApiError(err));
    }
  }
  return (
    <div className="notice" data-testid="notice">
      <h2>{notice.title}</h2>
      <p className="meta">
        {notice.number} · {notice.issuedOn}
      </p>
      {notice.addressee ? <p className="addressee">{notice.addressee}</p> : null}
      {body.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      {notice.lists.map((l) => (
        <div key={l.heading}>
          <h3>{l.heading}</h3>
          <ol>
            {l.items.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ol>
        </div>
      ))}
      {closing.map((p, i) => (
        <p key={`c${i}`}>{p}</p>
      ))}
      <button type="button" onClick={pdf}>
        打印 / 下载 PDF
      </button>
      <ErrorBox error={error} />
    </div>
  );
}
