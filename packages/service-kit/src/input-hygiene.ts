import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, type OperationDefinitionNode, visit } from "graphql";

/**
 * Every string that enters through GraphQL is normalised and checked before any resolver (and so
 * before any SQL) sees it:
 *  - Unicode NFC, so one name is stored one way (「张三」 typed on two keyboards compares equal);
 *  - refused: control characters (tab, line feed and carriage return are text), bidirectional
 *    overrides and isolates (they make a name display differently from what is stored),
 *    lone surrogates (not text at all), a value longer than the bound;
 *  - a value that is only spaces becomes "": the use case then refuses it by field where a value is
 *    required (REASONS_REQUIRED, INVALID_APPLICANT_NAME …) and treats it as absent where not, as the
 *    consoles' empty optional fields are. It is never stored as spaces.
 *  - a value shaped like a date (YYYY-MM-DD) must be a real calendar date (2026-02-30 is not).
 * Variables are normalised in place; literals in the query text are checked (send text as variables).
 */
export const TEXT_LIMIT = 2_000;
/** Arguments that carry whole documents (a catalogue or holiday import). */
export const DOCUMENT_LIMIT = 1_000_000;
const DOCUMENT_ARGUMENTS = new Set(["document"]);

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const DATE_SHAPED = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface InputProblem {
  code: string;
  message: string;
  field: string;
}

export function isRealDate(value: string): boolean {
  const m = DATE_SHAPED.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The problem with one string, or null; `limit` is its length bound in characters. */
export function textProblem(value: string, field: string, limit = TEXT_LIMIT): InputProblem | null {
  if (LONE_SURROGATE.test(value)) return { code: "TEXT_LONE_SURROGATE", message: `${field} 含有无法识别的字符`, field };
  if (CONTROL.test(value)) return { code: "TEXT_CONTROL_CHARACTER", message: `${field} 含有不可见的控制字符`, field };
  if (BIDI.test(value)) return { code: "TEXT_BIDI_CONTROL", message: `${field} 含有改变文字方向的隐藏字符`, field };
  if (value.length > limit) return { code: "TEXT_TOO_LONG", message: `${field} 过长,不能超过 ${limit} 个字符`, field };
  if (DATE_SHAPED.test(value) && !isRealDate(value)) return { code: "INVALID_DATE", message: `${field} 不是有效的日期:${value}`, field };
  return null;
}

/** Normalises every string in a variables tree to NFC, collecting the problems with their paths. */
export function cleanVariables(value: unknown, path: string, limitOf: (path: string) => number, problems: InputProblem[]): unknown {
  if (typeof value === "string") {
    const problem = textProblem(value, path, limitOf(path));
    if (problem) {
      problems.push(problem);
      return value;
    }
    return value.trim().length === 0 ? "" : value.normalize("NFC");
  }
  if (Array.isArray(value)) return value.map((v, i) => cleanVariables(v, `${path}[${i}]`, limitOf, problems));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanVariables(v, `${path}.${k}`, limitOf, problems)]));
  }
  return value;
}

/** The variables that feed a document argument may be long; every other string has TEXT_LIMIT. */
function documentVariables(operation: OperationDefinitionNode): Set<string> {
  const names = new Set<string>();
  visit(operation, {
    Argument(node) {
      if (DOCUMENT_ARGUMENTS.has(node.name.value) && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
  });
  return names;
}

function literalProblems(operation: OperationDefinitionNode): InputProblem[] {
  const problems: InputProblem[] = [];
  const argumentNames: string[] = [];
  visit(operation, {
    Argument: {
      enter(node) {
        argumentNames.push(node.name.value);
      },
      leave() {
        argumentNames.pop();
      },
    },
    StringValue(node) {
      const field = argumentNames.at(-1) ?? "query";
      const limit = DOCUMENT_ARGUMENTS.has(field) ? DOCUMENT_LIMIT : TEXT_LIMIT;
      const problem = textProblem(node.value, field, limit) ?? (node.value === node.value.normalize("NFC") ? null : { code: "TEXT_NOT_NORMALISED", message: `${field} 的文字编码不规范,请以变量传入`, field });
      if (problem) problems.push(problem);
    },
  });
  return problems;
}

/** Refuses the operation before it is planned or executed; nothing is read or written. */
export function inputHygienePlugin<T extends object>(options: { httpStatus?: number } = {}): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext) {
          const operation = requestContext.operation;
          if (!operation) return;
          const problems = literalProblems(operation);
          const variables = requestContext.request.variables;
          if (variables) {
            const long = documentVariables(operation);
            const cleaned = Object.fromEntries(
              Object.entries(variables).map(([name, v]) => [name, cleanVariables(v, name, (p) => (long.has(p.split(/[.[]/)[0]!) ? DOCUMENT_LIMIT : TEXT_LIMIT), problems)]),
            );
            if (problems.length === 0) Object.assign(variables, cleaned);
          }
          if (problems.length === 0) return;
          throw new GraphQLError(problems.map((p) => p.message).join(";"), {
            extensions: { code: problems[0]!.code, field: problems[0]!.field, problems, http: { status: options.httpStatus ?? 400 } },
          });
        },
      };
    },
  };
}
