// Annotates long articles off the main thread. Each request carries the compiled module and
// the blocks; the module is instantiated once. The answer is the annotations packed into bytes
// (one transfer, decoded by the page in one pass).
import { initSync, annotateBlocksPacked } from './pkg/whosaid.js';

onmessage = ({ data }) => {
  try {
    initSync({ module: data.module }); // instantiates on the first message only
    const result = annotateBlocksPacked(data.blocks);
    postMessage({ id: data.id, result }, [result.buffer]);
  } catch (e) {
    postMessage({ id: data.id, error: String(e?.message ?? e) });
  }
};
