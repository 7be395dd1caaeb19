/**
 * What every importer (pasted text, uploaded file, web page) gives the reading form: plain paragraphs, some
 * marked as headings, and whatever it could learn of the title and source. Nothing in it is HTML: the
 * teacher sees it as text in the form's preview and saves it like pasted text.
 */
export type ImportedParagraph = { text: string; heading: boolean };

export type ImportedReading = {
  title: string | null;
  author: string | null;
  /** Where it came from: the page's URL, or the file's name. */
  source: string | null;
  /** YYYY-MM-DD, when the file or page says. */
  publishedOn: string | null;
  paragraphs: ImportedParagraph[];
};

/**
 * Why an import was refused. Each code is a key of the "errors" message catalog, so the teacher reads the
 * reason in their language; nothing is saved when an import fails.
 */
export const IMPORT_ERRORS = [
  "importEmpty", // nothing readable in it
  "importTooLarge", // over the size limit (2 MB file or page, 200,000 characters of text)
  "importWrongType", // the content is not what the name or the server says it is
  "importUnreadable", // a damaged .docx, text in an encoding we cannot read
  "importUrlInvalid", // not an http(s) URL
  "importAddressRefused", // loopback, private, link-local or metadata address (also after a redirect)
  "importUnreachable", // DNS failure, refused connection, timeout
  "importHttpError", // the page answered with an error status
  "importTooManyRedirects",
] as const;
export type ImportErrorCode = (typeof IMPORT_ERRORS)[number];

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = "ImportError";
  }
}
