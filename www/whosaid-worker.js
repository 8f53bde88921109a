// Annotates long articles off the main thread. Receives the compiled module once, then blocks.
import { initSync, annotateBlocks } from './pkg/whosaid.js';

let ready = false;
onmessage = ({ data }) => {
  try {
    if (!ready) {
      initSync({ module: data.module });
      ready = true;
    }
    postMessage({ id: data.id, result: annotateBlocks(data.blocks) });
  } catch (e) {
    postMessage({ id: data.id, error: String(e?.message ?? e) });
  }
};
