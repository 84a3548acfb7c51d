import { newCorrelationId, type Logger, redactText } from "@wuxi/service-kit";
import type { Express, NextFunction, Request, Response } from "express";

/**
 * Errors before GraphQL (a body that is not JSON, too large, a path that does not exist) answer in
 * JSON with a Chinese message, never Express's HTML page with a stack trace, in every environment.
 */
export function jsonErrors(app: Express, logger: Logger): void {
  app.use((req: Request, res: Response) => {
    res.status(404).json({ errors: [{ message: "请求的地址不存在", extensions: { code: "NOT_FOUND" } }] });
  });
  app.use((error: { status?: number; statusCode?: number; type?: string; message?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = error.status ?? error.statusCode ?? 500;
    if (error.type === "entity.parse.failed") {
      res.status(400).json({ errors: [{ message: "请求内容不是有效的 JSON", extensions: { code: "BAD_REQUEST" } }] });
      return;
    }
    if (error.type === "entity.too.large") {
      res.status(413).json({ errors: [{ message: "请求内容过大", extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
      return;
    }
    if (status >= 400 && status < 500) {
      res.status(status).json({ errors: [{ message: "请求格式不正确", extensions: { code: "BAD_REQUEST" } }] });
      return;
    }
    const correlationId = newCorrelationId();
    logger.error({ correlationId, detail: redactText(String(error.message ?? error)) }, "request failed before GraphQL");
    res.status(500).json({ errors: [{ message: `系统内部错误,请稍后重试(错误编号 ${correlationId})`, extensions: { code: "INTERNAL_SERVER_ERROR", correlationId } }] });
  });
}
