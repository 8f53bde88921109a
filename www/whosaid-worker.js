// Annotates long articles off the main thread. Each request carries the compiled module and
// the blocks; the module is instantiated once.
import { initSync, annotateBlocks } from './pkg/whosaid.js';

onmessage = ({ data }) => {
  try {
    initSync({ module: data.module }); // instantiates on the first message only
    postMessage({ id: data.id, result: annotateBlocks(data.blocks) });
  } catch (e) {
    postMessage({ id: data.id, error: String(e?.message ?? e) });
  }
};
