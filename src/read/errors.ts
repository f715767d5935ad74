// A document that cannot be read, with why and what to do, said to the user as it is.
export class DocumentReadError extends Error {
  constructor(
    message: string,
    /** True when the file is not a proposal at all, so a folder scan skips it rather than failing it. */
    readonly skip = false,
  ) {
    super(message);
    this.name = "DocumentReadError";
  }
}
