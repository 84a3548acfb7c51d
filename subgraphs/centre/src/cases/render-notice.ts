import { type DocumentSpec, renderPdf } from "@wuxi/documents";
import type { NoticeRecord } from "./case-repository.ts";

/** The PDF of a notice, rendered from the content frozen when it was issued. */
export function renderNotice(notice: NoticeRecord): Promise<Buffer> {
  return renderPdf(notice.content as unknown as DocumentSpec);
}
