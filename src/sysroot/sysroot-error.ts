/** A sysroot that cannot be found or installed: the message plus what the user can do. */
export class SysrootError extends Error {
  constructor(
    message: string,
    readonly helps: readonly string[] = [],
  ) {
    super(message);
  }
}
