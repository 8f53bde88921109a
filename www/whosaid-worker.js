// Annotates long articles off the main thread. Receives the compiled module once, then blocks.
import initWasm, { annotateBlocks } from './pkg/whosaid.js';

let ready = null;
onmessage = async ({ data }) => {
  try {
    ready ??= initWasm({ module_or_path: data.module });
    await ready;
    postMessage({ id: data.id, result: annotateBlocks(data.blocks) });
  } catch (e) {
    postMessage({ id: data.id, error: String(e?.message ?? e) });
  }
};
