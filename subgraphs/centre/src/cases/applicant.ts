import { type FieldError, ValidationFailed } from "@wuxi/service-kit";
import { validateCreditCode, validateMobile, validateResidentId } from "@wuxi/validators";

export interface ApplicantInput {
  kind: "PERSON" | "ORGANISATION";
  name: string;
  /** Resident ID number of a person (GB 11643). */
  idNumber?: string | null;
  /** Unified social credit code of an organisation (GB 32100). */
  creditCode?: string | null;
  /** A person's mobile, or an organisation's contact phone. */
  phone: string;
  /** An organisation's contact person. */
  contactName?: string | null;
}

export interface Applicant {
  kind: "PERSON" | "ORGANISATION";
  name: string;
  identifier: string;
  phone: string;
  contactName: string | null;
}

const PHONE = /^(0\d{2,3}-?\d{7,8}|1[3-9]\d{9})$/;

/** Checks an applicant, every field at once, with the field named in each refusal. */
export function validateApplicant(input: ApplicantInput, today: Date): Applicant {
  const errors: FieldError[] = [];
  const name = input.name?.trim() ?? "";
  if (!name || name.length > 100) errors.push({ code: "INVALID_APPLICANT_NAME", message: "申请人名称不能为空且不超过100个字", field: "applicant.name" });
  let identifier = "";
  if (input.kind === "PERSON") {
    const id = validateResidentId(input.idNumber ?? "", today);
    if (id.ok) identifier = id.value;
    else errors.push({ code: id.code, message: id.message, field: "applicant.idNumber" });
    const mobile = validateMobile(input.phone ?? "");
    if (!mobile.ok) errors.push({ code: mobile.code, message: mobile.message, field: "applicant.phone" });
  } else {
    const code = validateCreditCode(input.creditCode ?? "");
    if (code.ok) identifier = code.value;
    else errors.push({ code: code.code, message: code.message, field: "applicant.creditCode" });
    if (!PHONE.test(input.phone ?? "")) errors.push({ code: "PHONE_FORMAT", message: "联系电话格式不正确", field: "applicant.phone" });
    if (!input.contactName?.trim()) errors.push({ code: "CONTACT_REQUIRED", message: "单位申请须填写联系人", field: "applicant.contactName" });
  }
  if (errors.length > 0) throw new ValidationFailed(errors);
  return { kind: input.kind, name, identifier, phone: input.phone, contactName: input.contactName?.trim() || null };
}
