// The part of picomatch (no types of its own) that --exclude uses.
declare module "picomatch" {
  interface PicomatchOptions {
    dot?: boolean;
    windows?: boolean;
  }
  function picomatch(glob: string | readonly string[], options?: PicomatchOptions): (path: string) => boolean;
  export default picomatch;
}
