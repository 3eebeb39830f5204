// doiuse ships types its package.json "exports" does not point to; this is the part check.ts uses.
declare module 'doiuse/lib/DoIUse.js' {
  import type { Node, TransformCallback } from 'postcss';

  /** One use of a CSS feature some of the chosen browsers lack (fully: `missing`, or in part: `partial`). */
  interface FeatureUsage {
    feature: string;
    featureData?: { missing?: string; partial?: string };
    usage: Node;
    message: string;
  }

  export default class DoIUse {
    constructor(options: { browsers?: string | string[]; ignore?: string[]; onFeatureUsage?: (usage: FeatureUsage) => void });
    postcss: TransformCallback;
  }
}
