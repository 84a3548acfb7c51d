import { describe, expect, it } from "vitest";
import { chineseInputError } from "./input-errors.ts";

const bad = (message: string) => ({ message, extensions: { code: "BAD_USER_INPUT" } });

describe("input errors in Chinese", () => {
  it("names the field of a missing required value", () => {
    const e = chineseInputError(bad('Variable "$input" got invalid value { billId: "b1" }; Field "amountFen" of required type "Int!" was not provided.'));
    expect(e).toMatchObject({ message: "参数 input 缺少必填项 amountFen", extensions: { code: "BAD_USER_INPUT", field: "input" } });
  });

  it("keeps GraphQL's own text for the record and leaves other errors alone", () => {
    const e = chineseInputError(bad('Variable "$first" got invalid value "x"; Int cannot represent non-integer value: "x"'));
    expect(e.extensions).toMatchObject({ field: "first", detail: expect.stringContaining("Int cannot represent") });
    const other = { message: "只能查看本人窗口的待办队列", extensions: { code: "FORBIDDEN" } };
    expect(chineseInputError(other)).toBe(other);
  });
});
