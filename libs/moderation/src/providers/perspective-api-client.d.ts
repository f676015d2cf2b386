// The package ships no types; these cover the parts the adapter uses (see its index.js).
declare module 'perspective-api-client' {
  interface AnalyzeOptions {
    attributes?: readonly string[];
    doNotStore?: boolean;
    stripHTML?: boolean;
    truncate?: boolean;
    validate?: boolean;
  }

  interface AnalyzeRequest {
    comment: { text: string };
    requestedAttributes: Record<string, Record<string, unknown>>;
    doNotStore: boolean;
    languages?: string[];
  }

  /** The client's error classes (TextEmptyError, ResponseError...), for `instanceof`. */
  type ErrorClass = new (message?: string) => Error;

  class Perspective {
    constructor(options: { apiKey: string });
    analyze(text: string, options?: AnalyzeOptions): Promise<unknown>;
    getAnalyzeCommentPayload(text: string, options?: AnalyzeOptions): AnalyzeRequest;
    static PerspectiveAPIClientError: ErrorClass;
    static TextEmptyError: ErrorClass;
    static TextTooLongError: ErrorClass;
    static ResponseError: ErrorClass;
  }

  export = Perspective;
}
