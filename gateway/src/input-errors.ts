import { redactText } from "@wuxi/service-kit";
import type { GraphQLFormattedError } from "graphql";

/**
 * Input that is not of the schema's type (a non-integer amount, a number beyond 32 bits, a value
 * outside an enum, a missing required field) is refused by GraphQL before any resolver runs, in
 * English. The people using the consoles read Chinese: the gateway restates such errors with the
 * field named (extensions.field, the variable's path) and keeps GraphQL's text as extensions.detail.
 */
export function chineseInputError(error: GraphQLFormattedError): GraphQLFormattedError {
  const code = error.extensions?.code;
  if (code !== "BAD_USER_INPUT" && code !== "GRAPHQL_VALIDATION_FAILED") return error;
  const limit = operationLimit(error.message);
  if (limit) return { ...error, message: limit, extensions: { ...error.extensions, detail: error.message } };
  const variable = /^Variable "\$(\w+)" got invalid value (.*?)(?: at "([^"]+)")?; (.*)$/s.exec(error.message);
  if (!variable) return error;
  const [, name, value, path, reason] = variable;
  const field = path ?? name!;
  return {
    ...error,
    message: `参数 ${field} ${reasonInChinese(reason!, value!)}`,
    extensions: { ...error.extensions, code: "BAD_USER_INPUT", field, detail: redactText(error.message) },
  };
}

function reasonInChinese(reason: string, value: string): string {
  const missing = /^Field "(\w+)" of required type "([^"]+)" was not provided/.exec(reason);
  if (missing) return `缺少必填项 ${missing[1]}`;
  if (/non-integer value/.test(reason)) return `须为整数,收到 ${value}`;
  if (/non 32-bit signed integer/.test(reason)) return `超出允许的范围(最大 2147483647),收到 ${value}`;
  const enumValue = /does not exist in "(\w+)" enum/.exec(reason);
  if (enumValue) return `的取值 ${value} 不是允许的选项(${enumValue[1]})`;
  if (/Expected value of type|cannot represent/.test(reason)) return `的类型不正确,收到 ${value}`;
  if (/is not defined by type/.test(reason)) return `含有不允许的字段:${reason.replace(/^Field "(\w+)".*$/s, "$1")}`;
  return `的值无效,收到 ${value}`;
}

/** graphql-armor's refusals (depth, aliases, directives, tokens), restated for the people who read them. */
function operationLimit(message: string): string | null {
  const found = /(Query Depth|Aliases|Directives|Token) limit of (\d+) exceeded, found (\d+)/i.exec(message);
  if (!found) return null;
  const what: Record<string, string> = { "query depth": "查询嵌套层数", aliases: "别名数量", directives: "指令数量", token: "查询长度(词元数)" };
  return `${what[found[1]!.toLowerCase()] ?? "查询规模"}超出上限(上限 ${found[2]},实际 ${found[3]}),请简化查询`;
}
