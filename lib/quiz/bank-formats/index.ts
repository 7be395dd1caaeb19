/** Question banks in and out of Moodle GIFT, Aiken and our own CSV (docs/decisions/0037-question-bank-formats.md). */
export { parseAiken, writeAiken } from "./aiken";
export { BANK_CSV_COLUMNS, parseCsv, writeCsv } from "./csv";
export { parseGift, writeGift } from "./gift";
export {
  BANK_ERRORS,
  BANK_SKIP_REASONS,
  type BankError,
  type BankErrorKey,
  type BankParseOptions,
  type BankParseResult,
  type BankSkipKey,
  type BankWriteResult,
} from "./shared";
