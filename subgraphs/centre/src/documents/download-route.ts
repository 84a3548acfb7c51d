import type { Db } from "@wuxi/db";
import type { Logger } from "@wuxi/service-kit";
import type { DocumentStorage } from "@wuxi/storage";
import { randomUUID } from "node:crypto";
import type { Express } from "express";
import { noticeById, noticeDocument, verifyNoticeLink } from "./notice-documents.ts";

/**
 * GET /documents/notices/<id>.pdf?token=… — a notice's PDF, for the link Notice.url handed out
 * (the gateway passes the path through). The link is the authorisation: signed, short-lived, for
 * that notice only. Refusals are in Chinese and say nothing about whether the notice exists.
 */
export function documentRoutes(app: Express, db: Db, storage: DocumentStorage, secret: string, logger: Logger): void {
  app.get("/documents/notices/:file", async (req, res) => {
    const id = /^([0-9a-f-]{36})\.pdf$/.exec(req.params.file)?.[1];
    const token = typeof req.query.token === "string" ? req.query.token : "";
    if (!id || !(await verifyNoticeLink(id, token, secret))) {
      res.status(403).json({ code: "DOCUMENT_LINK_INVALID", message: "下载链接无效或已过期,请重新打开办件查看文书" });
      return;
    }
    try {
      const notice = await noticeById(db, id);
      if (!notice) {
        res.status(404).json({ code: "DOCUMENT_NOT_FOUND", message: "文书不存在" });
        return;
      }
      const pdf = await noticeDocument(db, storage, notice);
      res
        .status(200)
        .type("application/pdf")
        .set("content-disposition", `inline; filename="${notice.id}.pdf"; filename*=UTF-8''${encodeURIComponent(`${notice.number}.pdf`)}`)
        .set("cache-control", "private, max-age=900")
        .send(pdf);
    } catch (error) {
      const correlationId = randomUUID();
      logger.error({ err: error, correlationId }, "document download failed");
      res.status(500).json({ code: "INTERNAL", message: `系统暂时无法提供文书,请稍后重试(编号 ${correlationId})` });
    }
  });
}
